import Foundation
import Testing
import EvidenceGraph

/// An embedder's own knowledge base, checked in its own tests: files written to a temporary
/// folder, loaded with `GraphLoader`, checked with `GraphValidator`.
@Suite struct OwnGraphValidationTests {
    /// A drug in its class, a regimen of that drug: every reference resolves.
    static let validEvidence = """
        <?xml version="1.0" encoding="UTF-8"?>
        <evidence xmlns="urn:evidencegraph:evidence:1">
          <drugClass id="mtor-inhibitor" name="mTOR inhibitor"/>
          <drug id="everolimus" name="Everolimus" source="PMID:22149876">
            <class ref="mtor-inhibitor"/>
          </drug>
          <regimen id="everolimus-monotherapy" name="everolimus">
            <component ref="everolimus" dose="10 mg"/>
          </regimen>
        </evidence>
        """

    /// The same drug, its class reference misspelt (line 4, column 5).
    static let danglingEvidence = """
        <?xml version="1.0" encoding="UTF-8"?>
        <evidence xmlns="urn:evidencegraph:evidence:1">
          <drug id="everolimus" name="Everolimus">
            <class ref="mtor-inhibtor"/>
          </drug>
        </evidence>
        """

    @Test func aValidGraphPassesEveryRule() throws {
        let folder = try TemporaryFolder(files: ["drugs.xml": Self.validEvidence])
        let loaded = try GraphLoader().load(folder.path)
        #expect(loaded.graph.nodeCount == 3)
        #expect(loaded.graph.relationshipCount == 2)
        let findings = GraphValidator().validate(loaded)
        #expect(findings.isEmpty, "\(findings.map(\.description))")
    }

    @Test func aDanglingReferenceIsReportedWithItsRuleAndPlace() throws {
        let folder = try TemporaryFolder(files: ["drugs.xml": Self.danglingEvidence])
        let loaded = try GraphLoader().load(folder.path)
        let errors = GraphValidator().validate(loaded).filter { $0.severity == .error }
        #expect(errors.map(\.ruleID) == ["dangling-reference"])
        let location = try #require(errors.first?.location)
        #expect(location.file == folder.path + "/drugs.xml")
        #expect(location.line == 4)
        #expect(location.column == 5)
        #expect(errors.first?.description.hasPrefix("\(folder.path)/drugs.xml:4:5: error: ") == true)
        #expect(errors.first?.message.contains("mtor-inhibtor") == true)
    }

    @Test func aDocumentHeldInMemoryIsLocatedByTheNameGiven() throws {
        let loaded = try GraphLoader().load(string: Self.danglingEvidence, name: "drugs.xml")
        let dangling = try #require(GraphValidator().validate(loaded).first { $0.ruleID == "dangling-reference" })
        #expect(dangling.severity == .error)
        #expect(dangling.location?.description == "drugs.xml:4:5")
    }

    @Test func aSchemaViolationStopsTheLoadWithItsPlace() throws {
        let broken = Self.validEvidence.replacingOccurrences(of: "<drug id=", with: "<drug colour=\"red\" id=")
        let folder = try TemporaryFolder(files: ["drugs.xml": broken])
        do {
            _ = try GraphLoader().load(folder.path)
            Issue.record("an attribute the schema does not allow must stop the load")
        } catch {
            let xsd = try #require(error.diagnostics.first { $0.ruleID == "xsd" })
            #expect(xsd.location?.file == folder.path + "/drugs.xml")
            #expect(xsd.location?.line == 4)
        }
    }

    @Test func aGraphBuiltInCodeIsValidatedLikeALoadedOne() throws {
        var builder = GraphBuilder()
        let drug = try builder.addNode(id: "everolimus", labels: ["Drug"], properties: ["name": .string("Everolimus")])
        let drugClass = try builder.addNode(id: "mtor-inhibitor", labels: ["DrugClass"], properties: ["name": .string("mTOR inhibitor")])
        builder.addRelationship(type: "IN_CLASS", from: drug, to: drugClass)
        let graph = builder.freeze()
        let loaded = LoadedGraph(graph: graph)
        #expect(GraphValidator().validate(loaded).isEmpty)

        let result = try graph.query("MATCH (d:Drug)-[:IN_CLASS]->(c:DrugClass) RETURN d.name, c.name")
        #expect(result.rows == [[.string("Everolimus"), .string("mTOR inhibitor")]])
        #expect(graph.node(withID: "mtor-inhibitor") == drugClass)
    }
}

/// A fresh folder under the system's temporary directory holding `files`, removed on deinit.
final class TemporaryFolder {
    let path: String

    init(files: [String: String]) throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("embedding-example-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8)
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
