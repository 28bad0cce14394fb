import EvidenceGraphFormats
import EvidenceGraphQuery
import Foundation
import Testing

/// Runs every example question in `Queries/` against the bundled `Graph/` and compares the
/// answer with the expected-result file beside it (`NAME.expected.json`, in `evg query
/// --format json`'s contract). Rows compare in order when the query has ORDER BY, else as
/// a multiset.
@Suite struct ExampleQueriesTests {
    static var queryFiles: [String] {
        let dir = Bundled.root.appendingPathComponent("Queries")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".cypher") }.sorted()
    }

    /// Every question has its expected answer and every expected answer its question.
    @Test func everyExampleQueryIsPairedWithItsAnswer() throws {
        let dir = Bundled.root.appendingPathComponent("Queries")
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: dir.path))
        let questions = Set(names.filter { $0.hasSuffix(".cypher") }.map { String($0.dropLast(".cypher".count)) })
        let answers = Set(names.filter { $0.hasSuffix(".expected.json") }.map { String($0.dropLast(".expected.json".count)) })
        #expect(!questions.isEmpty)
        #expect(questions == answers)
        #expect(Self.queryFiles.count == questions.count)
    }

    @Test(arguments: queryFiles)
    func exampleQueryGivesItsExpectedAnswer(_ name: String) throws {
        let dir = Bundled.root.appendingPathComponent("Queries")
        let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
        let expectedURL = dir.appendingPathComponent(String(name.dropLast(".cypher".count)) + ".expected.json")
        let expectedText = try String(contentsOf: expectedURL, encoding: .utf8)
        let graph = try Bundled.graph.get()
        let result = try graph.query(text)
        let actual = try Self.normalise(ResultJSON.text(result), ordered: Self.isOrdered(text))
        let expected = try Self.normalise(expectedText, ordered: Self.isOrdered(text))
        #expect(actual == expected, "\(name): got \(ResultJSON.text(result, pretty: true))")
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
