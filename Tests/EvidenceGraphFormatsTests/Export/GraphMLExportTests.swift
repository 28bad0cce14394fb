import EvidenceGraphCore
import EvidenceGraphXML
import Foundation
import Testing

/// `evg export --format graphml` writes with ``GraphMLWriter``; what it writes loads back as
/// the same graph.
@Suite struct GraphMLExportTests {
    @Test func theBundledGraphRoundTrips() throws {
        let original = try Bundled.graph.get()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString).graphml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try GraphMLWriter().write(original, toFile: path)
        let copy = try GraphLoader().load(path).graph
        #expect(copy.nodeCount == original.nodeCount && copy.relationshipCount == original.relationshipCount)
        #expect(copy.schema == original.schema)
        let everolimus = try #require(copy.node(withID: "everolimus"))
        #expect(copy.properties(of: everolimus).map(\.key) == original.properties(of: original.node(withID: "everolimus")!).map(\.key))
    }

    @Test func theTrickyGraphRoundTrips() throws {
        let original = TrickyGraph.make()
        let copy = try GraphLoader().load(string: GraphMLWriter().string(original)).graph
        #expect(copy.nodeCount == original.nodeCount && copy.relationshipCount == original.relationshipCount)
        let d2 = try #require(copy.node(withID: "d2"))
        #expect(copy.property("name", of: d2) == .string(TrickyGraph.note))
        #expect(copy.labels(of: d2) == ["Drug", "Inhibitor"])
    }
}
