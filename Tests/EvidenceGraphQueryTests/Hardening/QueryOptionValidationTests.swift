import Testing
import EvidenceGraphCore
@testable import EvidenceGraphQuery

/// Out-of-range ``QueryOptions`` are refused with a clear error instead of trapping
/// (`Int64(timeout * 1e9)` used to kill the process for 1e10, inf and nan).
@Suite struct QueryOptionValidationTests {
    static let badTimeouts: [Double] = [1e10, .infinity, -.infinity, .nan, -1, 0, QueryOptions.maximumTimeout * 2]

    @Test(arguments: badTimeouts)
    func outOfRangeTimeoutIsAnArgumentError(_ timeout: Double) {
        do {
            _ = try Graph().query("RETURN 1", options: QueryOptions(timeout: timeout))
            Issue.record("expected InvalidQueryOption for \(timeout)")
        } catch {
            #expect(error.errorClass == "ArgumentError")
            #expect(error.detail == "InvalidQueryOption")
            #expect(error.message.contains("timeout"))
        }
    }

    @Test func largestTimeoutIsAccepted() throws {
        let r = try Graph().query("RETURN 1 AS x", options: QueryOptions(timeout: QueryOptions.maximumTimeout))
        #expect(r.rows == [[.int(1)]])
    }

    @Test func negativeRowsAndNonPositiveMemoryAreRefused() {
        #expect(throws: QueryError.self) { try QueryOptions(maxRows: -1).validate() }
        #expect(throws: QueryError.self) { try QueryOptions(maxMemory: 0).validate() }
        #expect(throws: QueryError.self) { try QueryOptions(maxMemory: -5).validate() }
        #expect(throws: Never.self) { try QueryOptions(timeout: 0.5, maxRows: 0, maxMemory: 1).validate() }
    }

    /// A context built from unvalidated options (bypassing `Graph.query`) must not trap.
    @Test func executionContextClampsAnUnvalidatedTimeout() {
        for t in Self.badTimeouts {
            _ = ExecutionContext(graph: Graph(), options: QueryOptions(timeout: t), profiling: false)
        }
    }
}
