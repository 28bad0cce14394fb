import EvidenceGraphCore
import EvidenceGraphQuery
import Foundation
import Testing
@testable import EvidenceGraphTCK

/// A tiny stand-in for the engine that knows a handful of queries, so the runner's step
/// semantics are tested without the real engine.
let fakeEngine: QueryExecutor = { graph, query, parameters, _ throws(QueryError) in
    switch query {
    case "CREATE (:A {name: 'a'})", "CREATE (:A {name: 'a'})\nCREATE (:B)":
        var builder = GraphBuilder(graph)
        do {
            try builder.addNode(id: nil, labels: ["A"], propertyList: [("name", .string("a"))])
            if query.contains(":B") { try builder.addNode(id: nil, labels: ["B"], propertyList: []) }
        } catch {
            throw QueryError(code: .constraintVerificationFailed, detail: .init(rawValue: "Builder"), phase: .runtime, message: "\(error)")
        }
        return QueryResult(columns: [], rows: [], graph: builder.freeze())
    case "MATCH (n) RETURN n":
        return QueryResult(columns: ["n"], rows: graph.nodes.map { [.node(NodeIndex($0))] }, graph: graph)
    case "RETURN $p AS p":
        return QueryResult(columns: ["p"], rows: [[parameters["p"] ?? .null]], graph: graph)
    default:
        throw QueryError(code: .syntaxError, detail: .undefinedVariable, phase: .compileTime, message: "x is not defined")
    }
}

@Suite struct ScenarioRunnerTests {
    let runner = ScenarioRunner(execute: fakeEngine, namedGraphs: NamedGraphs(graphsDirectory: "/nonexistent"), timeout: 1)

    func outcome(_ steps: String) throws -> CaseOutcome {
        let feature = try GherkinParser.parse("Feature: F\n  Scenario: [1] S\n" + steps, path: "f/F.feature")
        return runner.run(try #require(feature.cases.first))
    }

    func cause(_ outcome: CaseOutcome) -> String? {
        if case .failed(let failure) = outcome { return failure.cause }
        return nil
    }

    static let setup = #"""
        Given an empty graph
        And having executed:
          """
          CREATE (:A {name: 'a'})
          """

    """#

    @Test func setupQueryResultAndNoSideEffects() throws {
        let result = try outcome(Self.setup + #"""
            When executing query:
              """
              MATCH (n) RETURN n
              """
            Then the result should be, in any order:
              | n                |
              | (:A {name: 'a'}) |
            And no side effects
        """#)
        #expect(result == .passed)
    }

    @Test func wrongRowsFail() throws {
        let result = try outcome(Self.setup + #"""
            When executing query:
              """
              MATCH (n) RETURN n
              """
            Then the result should be empty
        """#)
        #expect(cause(result) == "wrong number of rows")
    }

    @Test func sideEffectsComeFromTheGraphDiff() throws {
        let query = #"""
            When executing query:
              """
              CREATE (:A {name: 'a'})
              CREATE (:B)
              """
            Then the result should be empty
        """#
        #expect(try outcome(Self.setup + query + "\n    And the side effects should be:\n      | +nodes | 2 |\n      | +labels | 1 |\n      | +properties | 1 |\n") == .passed)
        #expect(cause(try outcome(Self.setup + query + "\n    And no side effects\n")) == "wrong side effects")
    }

    @Test func controlQueryDoesNotHideTheSideEffects() throws {
        let result = try outcome(#"""
            Given an empty graph
            When executing query:
              """
              CREATE (:A {name: 'a'})
              """
            Then the result should be empty
            And the side effects should be:
              | +nodes      | 1 |
              | +labels     | 1 |
              | +properties | 1 |
            When executing control query:
              """
              MATCH (n) RETURN n
              """
            Then the result should be, in any order:
              | n                |
              | (:A {name: 'a'}) |
        """#)
        #expect(result == .passed)
    }

    @Test func expectedErrorsCompareClassPhaseAndDetail() throws {
        let query = "    Given any graph\n    When executing query:\n      \"\"\"\n      RETURN x\n      \"\"\"\n"
        #expect(try outcome(query + "    Then a SyntaxError should be raised at compile time: UndefinedVariable\n") == .passed)
        #expect(try outcome(query + "    Then a SyntaxError should be raised at any time: *\n") == .passed)
        #expect(cause(try outcome(query + "    Then a SyntaxError should be raised at runtime: UndefinedVariable\n"))?
            .hasPrefix("wrong error phase") == true)
        #expect(cause(try outcome(query + "    Then a TypeError should be raised at compile time: UndefinedVariable\n")) ==
            "wrong error: expected TypeError.UndefinedVariable, got SyntaxError.UndefinedVariable")
        #expect(cause(try outcome(query + "    Then the result should be empty\n")) ==
            "unexpected SyntaxError.UndefinedVariable: x is not defined")
    }

    @Test func noErrorWhereOneIsExpected() throws {
        let result = try outcome(Self.setup + #"""
            When executing query:
              """
              MATCH (n) RETURN n
              """
            Then a SyntaxError should be raised at compile time: UndefinedVariable
        """#)
        #expect(cause(result) == "no error raised, expected SyntaxError.UndefinedVariable")
    }

    @Test func parametersReachTheQuery() throws {
        let result = try outcome(#"""
            Given any graph
            And parameters are:
              | p | [1, {k: 'v'}] |
            When executing query:
              """
              RETURN $p AS p
              """
            Then the result should be, in order:
              | p             |
              | [1, {k: 'v'}] |
        """#)
        #expect(result == .passed)
    }

    @Test func unknownStepsFailHonestly() throws {
        let result = try outcome("    Given any graph\n    And there exists a procedure test.doNothing() :: ():\n")
        #expect(cause(result) == "runner: unsupported step 'there exists a procedure …'")
    }

    @Test func namedGraphsRunTheirScript() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("evg-tck-\(UInt64.random(in: 0...UInt64.max))")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("tiny"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "CREATE (:A {name: 'a'});\n".write(to: dir.appendingPathComponent("tiny/tiny.cypher"), atomically: true, encoding: .utf8)
        let runner = ScenarioRunner(execute: fakeEngine, namedGraphs: NamedGraphs(graphsDirectory: dir.path), timeout: 1)
        let feature = try GherkinParser.parse(#"""
        Feature: F
          Scenario: [1] S
            Given the tiny graph
            When executing query:
              """
              MATCH (n) RETURN n
              """
            Then the result should be, in any order:
              | n                |
              | (:A {name: 'a'}) |
          Scenario: [2] missing
            Given the absent graph
        """#, path: "f/F.feature")
        #expect(runner.run(feature.cases[0]) == .passed)
        #expect(cause(runner.run(feature.cases[1])) == "setup: named graph missing")
    }
}
