import EvidenceGraphCore
import EvidenceGraphQuery
import EvidenceGraphXML
import Foundation
import Testing

/// Runs every example question in `Queries/` against the bundled `Graph/` and compares the
/// answer with the expected-result file beside it (`NAME.expected.json`, in `evg query
/// --format json`'s contract). Rows compare in order when the query has ORDER BY, else as
/// a multiset.
@Suite struct ExampleQueriesTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var queryFiles: [String] {
        let dir = root.appendingPathComponent("Queries")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".cypher") }.sorted()
    }

    static let graph: Result<Graph, LoadError> = Result { () throws(LoadError) -> Graph in
        try GraphLoader().load([root.appendingPathComponent("Graph").path]).graph
    }

    @Test func thereAreExampleQueries() {
        #expect(Self.queryFiles.count >= 1)
    }

    @Test(arguments: queryFiles)
    func exampleQueryGivesItsExpectedAnswer(_ name: String) throws {
        let dir = Self.root.appendingPathComponent("Queries")
        let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
        let expectedURL = dir.appendingPathComponent(String(name.dropLast(".cypher".count)) + ".expected.json")
        let expectedText = try String(contentsOf: expectedURL, encoding: .utf8)
        let graph = try Self.graph.get()
        let result = try graph.query(text)
        let actual = try Self.normalise(ResultJSON.document(result).serialized(), ordered: Self.isOrdered(text))
        let expected = try Self.normalise(expectedText, ordered: Self.isOrdered(text))
        #expect(actual == expected, "\(name): got \(ResultJSON.document(result).serialized(pretty: true))")
    }

    static func isOrdered(_ query: String) -> Bool {
        query.uppercased().contains("ORDER BY")
    }

    /// Re-serialises a result document canonically: sorted object keys; rows sorted unless ordered.
    static func normalise(_ json: String, ordered: Bool) throws -> String {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let columns = object["columns"] as? [String] ?? []
        var rows = try (object["rows"] as? [Any] ?? []).map { row -> String in
            let data = try JSONSerialization.data(withJSONObject: row, options: [.sortedKeys, .fragmentsAllowed])
            return String(decoding: data, as: UTF8.self)
        }
        if !ordered { rows.sort() }
        return "columns: \(columns)\n" + rows.joined(separator: "\n")
    }
}
