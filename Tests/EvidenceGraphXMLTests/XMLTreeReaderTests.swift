import Testing
import EvidenceGraphCore
@testable import EvidenceGraphXML

@Suite struct XMLTreeReaderTests {
    @Test func readsASmallDocumentWithLocations() throws {
        let root = try XMLTreeReader().read(string: """
            <patient id="case7" age="63">
              <biomarker name="HER2" status="negative"/>
              <comorbidity name="type-2-diabetes">note &amp; more</comorbidity>
            </patient>
            """, name: "case7.xml")
        #expect(root.name == "patient" && root.attribute("age") == "63")
        #expect(root.children.map(\.name) == ["biomarker", "comorbidity"])
        #expect(root.children(named: "comorbidity").first?.text == "note & more")
        #expect(root.children.first?.location == SourceLocation(file: "case7.xml", line: 2, column: 3))
    }

    @Test func validatesAgainstASchema() throws {
        let good = try XMLTreeReader().read(file: Paths.fixture("good/minimal.xml"), schemaPath: Paths.schema)
        #expect(good.children.count == 2)
        #expect(throws: LoadError.self) {
            try XMLTreeReader().read(file: Paths.fixture("loader/xsd.xml"), schemaPath: Paths.schema)
        }
    }

    @Test func refusesADoctype() {
        do {
            _ = try XMLTreeReader().read(string: "<!DOCTYPE p [<!ENTITY e SYSTEM \"/etc/passwd\">]><p>&e;</p>", name: "p.xml")
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.map(\.ruleID) == ["doctype-forbidden"])
        }
    }
}
