import EvidenceGraphCore
import Testing
@testable import EvidenceGraphQuery

/// The table and JSON renderings' edge cases: line breaks in cells, non-finite floats,
/// EXPLAIN and PROFILE plans.
@Suite struct ResultOutputTests {
    let graph = ExecutionFixtures.drugs()

    @Test func multiLineCellsKeepTheGrid() throws {
        let result = try graph.query("RETURN 'one\\ntwo\\r\\nthree' AS text, 'x' AS y")
        let lines = ResultTable.text(result).split(separator: "\n")
        #expect(lines.contains("| one   | x |"))
        #expect(lines.contains("| two   |   |"))
        #expect(lines.contains("| three |   |"))
        #expect(Set(lines.dropLast().map(\.count)).count == 1)
        #expect(lines.last == "1 row")
    }

    @Test func nonFiniteFloatsAreStrings() throws {
        let result = try graph.query("RETURN 0.0 / 0.0 AS a, 1.0 / 0.0 AS b, -1.0 / 0.0 AS c, 0.5 AS d")
        #expect(ResultJSON.document(result).serialized() == #"{"columns":["a","b","c","d"],"rows":[["NaN","Infinity","-Infinity",0.5]]}"#)
    }

    @Test func explainAndProfileCarryTheirPlans() throws {
        let explain = try graph.query("EXPLAIN MATCH (d:Drug) RETURN d.name AS name")
        #expect(!explain.profiled && explain.rows.isEmpty && explain.plan != nil)
        #expect(ResultJSON.document(explain).serialized().contains(#""plan":"+ProduceResults name"#))
        let profile = try graph.query("PROFILE MATCH (d:Drug) RETURN d.name AS name")
        #expect(profile.profiled && profile.rows.count == 3)
        #expect(ResultJSON.document(profile).serialized().contains(#""profile":"+ProduceResults name  [rows=3]"#))
        let plain = try graph.query("MATCH (d:Drug) RETURN d.name AS name")
        #expect(!ResultJSON.document(plain).serialized().contains("plan"))
    }

    @Test func vocabularyListsFunctionsInTheirUsualSpelling() {
        #expect(QueryVocabulary.functionNames.contains("toLower"))
        #expect(QueryVocabulary.functionNames.contains("count"))
        #expect(QueryVocabulary.keywords.contains("MATCH"))
    }
}
