import Dispatch
import EvidenceGraphCore
import EvidenceGraphQuery

/// Runs one TCK case step by step against a query executor.
///
/// State kept between steps: the current graph (replaced by each query's `QueryResult.graph`),
/// the parameters, and the outcome of the last query together with the graph before it (for
/// side effects). Every query runs with `QueryOptions(timeout:)` and a watchdog that sets the
/// cancellation flag shortly after the timeout, so a runaway query cannot stall the run.
package struct ScenarioRunner: Sendable {
    /// Runs queries.
    package var execute: QueryExecutor
    /// Builds and caches named graphs.
    package var namedGraphs: NamedGraphs
    /// Seconds each query may take.
    package var timeout: Double

    /// Creates a runner.
    package init(execute: @escaping QueryExecutor = engineExecutor, namedGraphs: NamedGraphs, timeout: Double = 5) {
        self.execute = execute
        self.namedGraphs = namedGraphs
        self.timeout = timeout
    }

    /// The result of the last `When executing …` step.
    private enum LastQuery {
        case none
        case succeeded(QueryResult, before: Graph)
        case failed(QueryError, before: Graph)
    }

    /// Runs every step of `testCase`; the first step that does not hold decides the outcome.
    package func run(_ testCase: TCKCase) -> CaseOutcome {
        var graph = Graph()
        var parameters: [String: Value] = [:]
        var last = LastQuery.none
        var sideEffectsOfLast: SideEffects?

        for gherkinStep in testCase.steps {
            let step = TCKStep(gherkinStep)
            let failure: TCKFailure?
            switch step {
            case .emptyGraph, .anyGraph:
                graph = Graph()
                failure = nil
            case .namedGraph(let name):
                switch namedGraphs.graph(named: name, execute: execute, options: options()) {
                case .success(let g): graph = g; failure = nil
                case .failure(let f): failure = f
                }
            case .havingExecuted(let query):
                switch runQuery(query, on: graph, parameters: parameters) {
                case .success(let result): graph = result.graph; failure = nil
                case .failure(let error):
                    failure = TCKFailure(cause: "setup query failed: " + FailureCause.generalise(error),
                                         detail: "setup query\n\(query)\nfailed: \(error)")
                }
            case .parameters(let table):
                switch Self.parameters(table) {
                case .success(let p): parameters = p; failure = nil
                case .failure(let f): failure = f
                }
            case .executeQuery(let query):
                let before = graph
                switch runQuery(query, on: graph, parameters: parameters) {
                case .success(let result):
                    graph = result.graph
                    last = .succeeded(result, before: before)
                    sideEffectsOfLast = nil
                case .failure(let error):
                    last = .failed(error, before: before)
                    sideEffectsOfLast = SideEffects(counts: [:])
                }
                failure = nil
            case .executeControlQuery(let query):
                if case .succeeded(let result, let before) = last, sideEffectsOfLast == nil {
                    sideEffectsOfLast = SideEffects(from: before, to: result.graph)
                }
                switch runQuery(query, on: graph, parameters: parameters) {
                case .success(let result): last = .succeeded(result, before: graph)
                case .failure(let error): last = .failed(error, before: graph)
                }
                failure = nil
            case .expectResult(let table, let ordered, let listsUnordered):
                failure = checkResult(table: table, ordered: ordered, listsUnordered: listsUnordered, last)
            case .expectEmpty:
                failure = checkResult(table: [], ordered: false, listsUnordered: false, last)
            case .expectError(let expected):
                failure = Self.checkError(expected, last)
            case .noSideEffects:
                failure = Self.checkSideEffects(SideEffects(counts: [:]), last, sideEffectsOfLast)
            case .sideEffects(let table):
                if let expected = SideEffects(table: table) {
                    failure = Self.checkSideEffects(expected, last, sideEffectsOfLast)
                } else {
                    failure = TCKFailure(cause: "runner: unreadable side-effects table", detail: "\(table)")
                }
            case .unsupported(let text):
                failure = TCKFailure(cause: "runner: unsupported step '\(Self.stepPattern(text))'",
                                     detail: "line \(gherkinStep.line): \(gherkinStep.keyword) \(text)")
            }
            if let failure { return .failed(failure) }
        }
        return .passed
    }

    // MARK: - Queries

    private func options() -> QueryOptions {
        QueryOptions(timeout: timeout, maxRows: 1_000_000, cancellation: CancellationFlag())
    }

    private func runQuery(_ query: String, on graph: Graph, parameters: [String: Value]) -> Result<QueryResult, QueryError> {
        let options = options()
        let flag = options.cancellation!
        let watchdog = DispatchWorkItem { flag.cancel() }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout * 2, execute: watchdog)
        defer { watchdog.cancel() }
        do {
            return .success(try execute(graph, query, parameters, options))
        } catch {
            return .failure(error)
        }
    }

    static func parameters(_ table: [[String]]) -> Result<[String: Value], TCKFailure> {
        var parameters: [String: Value] = [:]
        for row in table {
            guard row.count == 2 else {
                return .failure(TCKFailure(cause: "runner: unreadable parameters table", detail: "\(row)"))
            }
            do {
                guard let value = try TCKValueParser.parse(row[1]).engineValue else {
                    return .failure(TCKFailure(cause: "runner: graph element as parameter", detail: row[1]))
                }
                parameters[row[0]] = value
            } catch {
                return .failure(TCKFailure(cause: "runner: unreadable parameter value", detail: "\(error)"))
            }
        }
        return .success(parameters)
    }

    // MARK: - Checks

    private func checkResult(table: [[String]], ordered: Bool, listsUnordered: Bool, _ last: LastQuery) -> TCKFailure? {
        switch last {
        case .none:
            return TCKFailure(cause: "runner: a result check before any query", detail: "")
        case .failed(let error, _):
            return TCKFailure(cause: "unexpected " + FailureCause.generalise(error), detail: "the query failed: \(error)")
        case .succeeded(let result, _):
            let expected: ExpectedResult
            do {
                expected = try ExpectedResult(table: table, ordered: ordered, listsUnordered: listsUnordered)
            } catch {
                return TCKFailure(cause: "runner: unreadable expected value", detail: "\(error)")
            }
            let rows = result.rows.map { row in row.map { TCKValue($0, in: result.graph) } }
            if table.isEmpty {   // `the result should be empty`: no rows, any columns
                return rows.isEmpty ? nil : ResultComparator.compare(
                    ExpectedResult(columns: result.columns, rows: [], ordered: false, listsUnordered: false),
                    columns: result.columns, rows: rows)
            }
            return ResultComparator.compare(expected, columns: result.columns, rows: rows)
        }
    }

    private static func checkError(_ expected: ExpectedError, _ last: LastQuery) -> TCKFailure? {
        switch last {
        case .none:
            return TCKFailure(cause: "runner: an error check before any query", detail: "")
        case .succeeded(let result, _):
            return TCKFailure(cause: "no error raised, expected \(expected.errorClass).\(expected.detail)",
                              detail: "expected \(expected), the query returned \(result.rows.count) row(s)")
        case .failed(let error, _):
            let classOK = error.errorClass == expected.errorClass
            let phaseOK = expected.phase == "any time" || error.phase.rawValue == expected.phase
            let detailOK = expected.detail == "*" || error.detail == expected.detail
            if classOK && phaseOK && detailOK { return nil }
            let got = "\(error.errorClass).\(error.detail) at \(error.phase.rawValue)"
            let want = "\(expected.errorClass).\(expected.detail) at \(expected.phase)"
            let cause: String
            if classOK && detailOK {
                cause = "wrong error phase: expected \(want), got \(got)"
            } else {
                cause = "wrong error: expected \(expected.errorClass).\(expected.detail), got \(error.errorClass).\(error.detail)"
            }
            return TCKFailure(cause: cause, detail: "expected \(want), got \(error)")
        }
    }

    private static func checkSideEffects(_ expected: SideEffects, _ last: LastQuery, _ known: SideEffects?) -> TCKFailure? {
        let actual: SideEffects
        switch last {
        case .none: return TCKFailure(cause: "runner: a side-effects check before any query", detail: "")
        case .failed: actual = known ?? SideEffects(counts: [:])
        case .succeeded(let result, let before): actual = known ?? SideEffects(from: before, to: result.graph)
        }
        if actual == expected { return nil }
        return TCKFailure(cause: "wrong side effects", detail: "expected \(expected), got \(actual)")
    }

    /// A step text with its specifics blanked, for grouping (`there exists a procedure …`).
    static func stepPattern(_ text: String) -> String {
        let words = text.split(separator: " ")
        return words.prefix(4).joined(separator: " ") + (words.count > 4 ? " …" : "")
    }
}
