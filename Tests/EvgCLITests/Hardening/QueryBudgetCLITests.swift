import Foundation
import Testing

/// The command line's default query budget and its overrides (`--timeout`, `--max-rows`,
/// `--max-memory`, `0` = none), and the validation of their values.
@Suite struct QueryBudgetCLITests {
    @Test(arguments: ["1e10", "inf", "nan", "-1", "31536001"])
    func outOfRangeTimeoutIsAUsageError(_ value: String) throws {
        let r = try CLIRunner.run(["query", "--timeout=\(value)", "RETURN 1"])
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr.contains("--timeout must be"), "\(r.stderr)")
    }

    @Test func benchQueryTimeoutIsValidatedToo() throws {
        let r = try CLIRunner.run(["bench-query", "--queries", "Benchmarks/queries", "--timeout=inf"])
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr.contains("--timeout must be"), "\(r.stderr)")
    }

    @Test(arguments: [["--max-rows=-3"], ["--max-memory=-1"], ["--max-memory=inf"], ["--max-memory=nan"]])
    func outOfRangeLimitsAreUsageErrors(_ arguments: [String]) throws {
        let r = try CLIRunner.run(["query"] + arguments + ["RETURN 1"])
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr.contains("must be"), "\(r.stderr)")
    }

    /// The runaway query: every path of the graph. It is stopped by the timeout.
    @Test func allPathsQueryStopsAtTheTimeout() throws {
        let r = try CLIRunner.run(["query", "--timeout", "1", "MATCH p=()-[*]-() RETURN count(p)"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("LimitExceeded"), "\(r.stderr)")
        #expect(r.stderr.contains("(Timeout)"), "\(r.stderr)")
    }

    @Test func nestedRangeStopsAtTheMemoryLimit() throws {
        let r = try CLIRunner.run(["query", "--max-memory", "50", "RETURN size([x IN range(1, 1000) | range(1, 1000000)]) AS n"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("(MemoryLimitExceeded)"), "\(r.stderr)")
        #expect(r.stderr.contains("50 MB"), "\(r.stderr)")
        #expect(r.stderr.contains("1:"), "\(r.stderr)")
    }

    @Test func maxRowsAndZeroMeansNone() throws {
        let limited = try CLIRunner.run(["query", "--max-rows", "5", "UNWIND range(1, 10) AS x RETURN x"])
        #expect(limited.status == 1)
        #expect(limited.stderr.contains("(MaxRows)"), "\(limited.stderr)")
        let unlimited = try CLIRunner.run(["query", "--format", "csv", "--max-rows", "0", "--timeout", "0", "--max-memory", "0",
                                           "UNWIND range(1, 10) AS x RETURN x"])
        #expect(unlimited.status == 0, "\(unlimited.stderr)")
        #expect(unlimited.stdout.split(separator: "\n").count == 11)
    }

    @Test func parametersAreEvaluatedUnderTheBudget() throws {
        let r = try CLIRunner.run(["query", "--max-memory", "10", "--param", "x=range(1, 5000000)", "RETURN size($x)"])
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr.contains("--param x"), "\(r.stderr)")
        #expect(r.stderr.contains("MemoryLimitExceeded"), "\(r.stderr)")
        let ok = try CLIRunner.run(["query", "--format", "csv", "--param", "x=range(1, 5)", "RETURN size($x) AS n"])
        #expect(ok.stdout.split(separator: "\n").last == "5", "\(ok.stderr)")
    }

    @Test func replRunsUnderTheBudgetAndShowsIt() throws {
        let input = ":limits\nUNWIND range(1, 10) AS x RETURN x;\n:param y=range(1, 5000000)\n:quit\n"
        let r = try CLIRunner.run(["repl", "--history", "/dev/null", "--no-fail-fast", "--max-rows", "3", "--max-memory", "10"], stdin: input)
        #expect(r.status == 1, "a script with a failed statement ends with status 1: \(r.stderr)")
        #expect(r.stdout.contains("limits: timeout 60 s, max rows 3, max memory 10 MB"), "\(r.stdout)")
        #expect(r.stderr.contains("(MaxRows)"), "\(r.stderr)")
        #expect(r.stderr.contains("MemoryLimitExceeded"), "\(r.stderr)")
    }

    @Test func defaultsAreDocumentedInHelp() throws {
        let r = try CLIRunner.run(["query", "--help"])
        #expect(r.stdout.contains("--max-memory"))
        #expect(r.stdout.contains("default: 60"), "\(r.stdout)")
        #expect(r.stdout.contains("default: 1000000"), "\(r.stdout)")
    }
}
