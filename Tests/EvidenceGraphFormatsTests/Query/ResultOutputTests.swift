import EvidenceGraphFormats
import EvidenceGraphQuery
import Testing

/// The table and JSON renderings' edge cases: line breaks in cells, non-finite floats,
/// EXPLAIN and PROFILE plans.
@Suite struct ResultOutputTests {
    let graph = SmallGraph.make()

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
        #expect(ResultJSON.text(result) == #"{"columns":["a","b","c","d"],"rows":[["NaN","Infinity","-Infinity",0.5]],"version":1}"#)
    }

    @Test func explainAndProfileCarryTheirPlans() throws {
        let explain = try graph.query("EXPLAIN MATCH (d:Drug) RETURN d.name AS name")
        #expect(!explain.profiled && explain.rows.isEmpty && explain.plan != nil)
        #expect(ResultJSON.text(explain).contains(#""plan":"+ProduceResults name"#))
        let profile = try graph.query("PROFILE MATCH (d:Drug) RETURN d.name AS name")
        #expect(profile.profiled && profile.rows.count == 2)
        #expect(ResultJSON.text(profile).contains(#""profile":"+ProduceResults name  [rows=2]"#))
        let plain = try graph.query("MATCH (d:Drug) RETURN d.name AS name")
        #expect(!ResultJSON.text(plain).contains("plan"))
    }

    @Test func csvQuotesOnlyWhatNeedsIt() throws {
        let result = try graph.query("MATCH (t:Target) RETURN t.name AS name, 'a,b' AS comma, 'say \"hi\"' AS quote, null AS nothing, [1, 2] AS list")
        #expect(ResultTable.csv(result) == "name,comma,quote,nothing,list\nmTOR / FRAP1,\"a,b\",\"say \"\"hi\"\"\",,\"[1, 2]\"")
    }
}
