import EvidenceGraphServer
import Foundation
import Testing

/// The server's resources are copies of `docs/graph-model.md` and `Queries/*.cypher` (so an
/// installed `evg mcp` has them); this keeps them byte-identical, and checks the built
/// bundle holds them.
@Suite struct BundledResourceTests {
    static let copies = Fixture.root.appendingPathComponent("Sources/EvidenceGraphServer/Bundled")

    @Test func copiesEqualTheRepositoryFiles() throws {
        let model = try Data(contentsOf: Fixture.root.appendingPathComponent("docs/graph-model.md"))
        #expect(try Data(contentsOf: Self.copies.appendingPathComponent("Docs/graph-model.md")) == model,
                "cp docs/graph-model.md Sources/EvidenceGraphServer/Bundled/Docs/")
        let source = Fixture.root.appendingPathComponent("Queries")
        let names = try FileManager.default.contentsOfDirectory(atPath: source.path).filter { $0.hasSuffix(".cypher") }.sorted()
        let copied = try FileManager.default.contentsOfDirectory(atPath: Self.copies.appendingPathComponent("Queries").path).sorted()
        #expect(copied == names, "rm Sources/EvidenceGraphServer/Bundled/Queries/*; cp Queries/*.cypher Sources/EvidenceGraphServer/Bundled/Queries/")
        for name in names {
            #expect(try Data(contentsOf: Self.copies.appendingPathComponent("Queries/" + name)) == Data(contentsOf: source.appendingPathComponent(name)),
                    "cp Queries/\(name) Sources/EvidenceGraphServer/Bundled/Queries/")
        }
    }

    @Test func builtBundleHoldsThem() throws {
        let model = try #require(BundledResources.graphModel)
        #expect(model.text == (try String(contentsOf: Fixture.root.appendingPathComponent("docs/graph-model.md"), encoding: .utf8)))
        #expect(BundledResources.exampleQueries.count == (try FileManager.default.contentsOfDirectory(atPath: Fixture.root.appendingPathComponent("Queries").path)
            .filter { $0.hasSuffix(".cypher") }.count))
        #expect(BundledResources.webPage?.text.contains("<title>EvidenceGraph</title>") == true)
    }
}
