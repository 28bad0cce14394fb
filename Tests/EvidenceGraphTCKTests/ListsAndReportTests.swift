import EvidenceGraphCore
import Testing
@testable import EvidenceGraphTCK

@Suite struct ListsAndReportTests {
    func testCase(_ id: String, tags: [String] = []) -> TCKCase {
        let path = String(id.prefix { $0 != ":" })
        return TCKCase(id: id, featurePath: path, folder: TCKCase.folder(of: path), name: "", exampleIndex: nil,
                       tags: tags, steps: [], line: 1)
    }

    @Test func unsupportedPatternsMatchTagsFoldersFilesScenariosAndRows() throws {
        let list = try UnsupportedList(text: """
            # comment
            @ignore | ignored by the TCK
            clauses/merge | no MERGE
            clauses/match/Match9.feature | whole file
            expressions/list/List1.feature: [6] Fail | one scenario
            """)
        #expect(list.entry(skipping: testCase("a/B.feature: [1] x", tags: ["@ignore"]))?.reason == "ignored by the TCK")
        #expect(list.entry(skipping: testCase("clauses/merge/Merge1.feature: [1] x"))?.reason == "no MERGE")
        #expect(list.entry(skipping: testCase("clauses/merge2/Merge1.feature: [1] x")) == nil)
        #expect(list.entry(skipping: testCase("clauses/match/Match9.feature: [3] y"))?.reason == "whole file")
        #expect(list.entry(skipping: testCase("expressions/list/List1.feature: [6] Fail (example 3)"))?.reason == "one scenario")
        #expect(list.entry(skipping: testCase("expressions/list/List1.feature: [6] Failing")) == nil)
        #expect(list.unusedEntries(in: [testCase("clauses/merge/M.feature: [1] x")]).map(\.pattern)
            == ["@ignore", "clauses/match/Match9.feature", "expressions/list/List1.feature: [6] Fail"])
        #expect(throws: GherkinError.self) { try UnsupportedList(text: "clauses/merge no reason") }
    }

    @Test func passingListRoundTripsAndFindsRegressions() {
        let list = PassingList(ids: ["b: [2] y", "a: [1] x"])
        #expect(PassingList(text: list.text) == list)
        let results = [
            CaseResult(testCase: testCase("a: [1] x"), outcome: .passed, seconds: 0),
            CaseResult(testCase: testCase("b: [2] y"), outcome: .failed(TCKFailure(cause: "c", detail: "")), seconds: 0),
        ]
        #expect(list.regressions(in: results) == ["b: [2] y"])
    }

    @Test func passTableCountsPerFolder() {
        let results = [
            CaseResult(testCase: testCase("x/A.feature: [1] a"), outcome: .passed, seconds: 0),
            CaseResult(testCase: testCase("x/A.feature: [2] b"), outcome: .failed(TCKFailure(cause: "c", detail: "")), seconds: 0),
            CaseResult(testCase: testCase("y/B.feature: [1] a"), outcome: .skipped(reason: "r"), seconds: 0),
        ]
        let table = PassTable(results)
        #expect(table.rows.map(\.folder) == ["x", "y"])
        #expect(table.total.passed == 1 && table.total.failed == 1 && table.total.skipped == 1 && table.total.total == 3)
        #expect(table.markdown.contains("| x | 1 | 1 | 0 | 2 |"))
        let report = FailureReport(TCKRunResult(results: results, seconds: 1.25)).markdown(title: "T")
        #expect(report.contains("| 1 | c | `x/A.feature: [2] b` |"))
    }

    @Test func failureCausesBlankSpecifics() {
        #expect(FailureCause.generalise(message: "unknown function 'foo' at 12:3") == "unknown function '…' at N:N")
    }

    @Test func sideEffectsDiffGraphs() throws {
        var b = GraphBuilder()
        let a = try b.addNode(id: "a", labels: ["A"], properties: ["p": .int(1)])
        let before = b.freeze()
        let c = try b.addNode(id: "c", labels: ["A", "C"], properties: ["p": .int(1), "q": .null])
        b.addRelationship(type: "R", from: a, to: c, properties: [("w", .float(1.5))])
        let after = b.freeze()
        let effects = SideEffects(from: before, to: after)
        #expect(effects == SideEffects(counts: ["+nodes": 1, "+relationships": 1, "+labels": 1, "+properties": 2]))
        #expect(SideEffects(from: after, to: before) ==
            SideEffects(counts: ["-nodes": 1, "-relationships": 1, "-labels": 1, "-properties": 2]))
        #expect(SideEffects(table: [["+nodes", "1"], ["+bogus", "1"]]) == nil)
    }
}
