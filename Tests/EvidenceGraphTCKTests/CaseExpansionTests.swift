import Testing
@testable import EvidenceGraphTCK

@Suite struct CaseExpansionTests {
    @Test func expandsOutlinesWithStableIdsAndBackground() throws {
        let feature = try GherkinParser.parse(GherkinParserTests.sample, path: "clauses/match/Match1.feature")
        let cases = feature.cases
        #expect(cases.map(\.id) == [
            "clauses/match/Match1.feature: [1] Match non-existent nodes returns empty",
            "clauses/match/Match1.feature: [2] Outline <name> (example 1)",
            "clauses/match/Match1.feature: [2] Outline <name> (example 2)",
        ])
        #expect(cases.allSatisfy { $0.folder == "clauses/match" })
        #expect(cases[0].steps.first?.text == "an empty graph", "background first")

        let second = cases[2]
        #expect(second.name == "[2] Outline b")
        #expect(second.exampleIndex == 2)
        #expect(second.tags == ["@featureTag", "@ignore", "@skipStyleCheck", "@rowTag"])
        #expect(second.steps[1].table == [["p", "'x|y\\z'"]])
        #expect(second.steps[2].docString == "RETURN $p AS b")
        #expect(second.steps[3].table == [["b"], ["'x|y\\z'"]])
    }

    @Test func substitutesInOnePass() {
        let text = GherkinFeature.substitute("<a> and <b> and <unknown>", [("a", "<b>"), ("b", "2")])
        #expect(text == "<b> and 2 and <unknown>")
    }

    @Test func folderOfAFeaturePath() {
        #expect(TCKCase.folder(of: "expressions/list/List1.feature") == "expressions/list")
        #expect(TCKCase.folder(of: "Top.feature") == ".")
    }

    @Test func recognisesSteps() {
        func step(_ text: String, doc: String? = nil, table: [[String]]? = nil) -> TCKStep {
            TCKStep(GherkinStep(keyword: "Then", text: text, docString: doc, table: table))
        }
        guard case .namedGraph("binary-tree-1") = step("the binary-tree-1 graph") else { Issue.record("named graph"); return }
        guard case .expectError(let e) = step("a SyntaxError should be raised at compile time: UndefinedVariable") else {
            Issue.record("error step"); return
        }
        #expect(e == ExpectedError(errorClass: "SyntaxError", phase: "compile time", detail: "UndefinedVariable"))
        guard case .expectError(let any) = step("an ArgumentError should be raised at any time: *") else {
            Issue.record("error step"); return
        }
        #expect(any.phase == "any time" && any.detail == "*")
        guard case .expectResult(_, true, true) = step("the result should be, in order (ignoring element order for lists):", table: [["x"]]) else {
            Issue.record("ordered, lists unordered"); return
        }
        guard case .unsupported = step("there exists a procedure test.doNothing() :: ():") else { Issue.record("procedure"); return }
    }
}
