import Testing
import Foundation
import EvidenceGraphCore
@testable import EvidenceGraphXML

/// `XMLDocumentReader` (small documents such as patient profiles) has the loader's safety.
@Suite struct XMLDocumentReaderTests {
    @Test func readsASmallDocumentWithLocations() throws {
        let root = try XMLDocumentReader.read(path: Paths.fixture("good/minimal.xml"), schemaNamed: "evidence.xsd")
        #expect(root.name == "evidence")
        #expect(root.children.map(\.name) == ["drugClass", "drug"])
        let drug = try #require(root.children.last)
        #expect(drug[attribute: "name"] == "Everolimus & friends")
        #expect(drug.location == SourceLocation(file: Paths.fixture("good/minimal.xml"), line: 4, column: 3))
    }

    @Test func reportsSchemaErrorsWithLocations() {
        do {
            _ = try XMLDocumentReader.read(path: Paths.fixture("loader/xsd.xml"), schemaNamed: "evidence.xsd")
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.map(place) == ["loader/xsd.xml:4:5 [xsd]"])
        }
    }

    @Test func refusesADoctype() {
        do {
            _ = try XMLDocumentReader.read(path: Paths.fixture("hostile/external-entity-passwd.xml"))
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.map(place) == ["hostile/external-entity-passwd.xml:2:1 [doctype-forbidden]"])
        }
    }
}
