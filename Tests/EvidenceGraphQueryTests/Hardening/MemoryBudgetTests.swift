import Testing
import EvidenceGraphCore
@testable import EvidenceGraphQuery

/// ``QueryOptions/maxMemory``: intermediate rows, lists, sorts and aggregation states are
/// charged, and exceeding the budget is a `MemoryLimitExceeded` error, not an OOM kill.
@Suite struct MemoryBudgetTests {
    static let budget = QueryOptions(maxMemory: 8 << 20)

    static func expectMemoryLimit(_ query: String, _ graph: Graph = Graph(), options: QueryOptions = budget,
                                  sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        do {
            _ = try graph.query(query, options: options)
            Issue.record("expected MemoryLimitExceeded for \(query)", sourceLocation: sourceLocation)
        } catch {
            #expect(error.errorClass == "LimitExceeded", sourceLocation: sourceLocation)
            #expect(error.detail == "MemoryLimitExceeded", "\(error)", sourceLocation: sourceLocation)
            #expect(error.message.contains("8.4 MB"), "\(error)", sourceLocation: sourceLocation)
        }
    }

    /// The issue's 6 GB case: nested `range` in a comprehension.
    @Test func nestedRangeInAComprehension() {
        Self.expectMemoryLimit("RETURN size([x IN range(1, 1000) | range(1, 1000000)]) AS n")
    }

    @Test func rangeIsCheckedBeforeItIsBuilt() {
        Self.expectMemoryLimit("RETURN size(range(1, 5000000)) AS n")
    }

    @Test func sortBuffersAreCharged() {
        Self.expectMemoryLimit("UNWIND range(1, 300000) AS x RETURN x ORDER BY x DESC")
    }

    @Test func collectAndGroupsAreCharged() {
        Self.expectMemoryLimit("UNWIND range(1, 300000) AS x RETURN size(collect([x, x])) AS n")
        Self.expectMemoryLimit("UNWIND range(1, 300000) AS x WITH x AS k, count(*) AS c RETURN count(*) AS groups")
    }

    @Test func distinctKeysAreCharged() {
        Self.expectMemoryLimit("UNWIND range(1, 300000) AS x WITH DISTINCT x, -x AS y RETURN count(*) AS n")
    }

    @Test func resultRowsAreCharged() {
        Self.expectMemoryLimit("UNWIND range(1, 300000) AS x RETURN x, -x AS y")
    }

    @Test func patternComprehensionIsCharged() {
        let g = LimitsAndConcurrencyTests.ring(2000, 50)
        Self.expectMemoryLimit("MATCH (a:N) WITH a LIMIT 1 RETURN size([(a)-[*1..3]->(b) | [b, b, b, b]]) AS n", g)
    }

    @Test func queriesWithinTheBudgetRun() throws {
        let g = LimitsAndConcurrencyTests.ring(200, 2)
        let r = try g.query("UNWIND range(1, 10000) AS x WITH x ORDER BY x DESC RETURN collect(DISTINCT x % 10) AS k, count(*) AS c",
                            options: Self.budget)
        #expect(r.rows.count == 1)
        #expect(r.rows[0][1] == .int(10000))
        // A Top-K keeps only k rows, so a large input fits a small budget.
        let top = try g.query("UNWIND range(1, 300000) AS x RETURN x ORDER BY x DESC LIMIT 3", options: Self.budget)
        #expect(top.rows == [[.int(300000)], [.int(299999)], [.int(299998)]])
    }

    /// Released on reopen: a sort inside an `EXISTS` subquery runs once per outer row and
    /// must not accumulate its charges.
    @Test func operatorStateIsReleasedWhenReopened() throws {
        let r = try Graph().query("""
            UNWIND range(1, 300) AS i
            WITH i WHERE EXISTS { UNWIND range(1, 5000) AS x WITH x ORDER BY x DESC RETURN x }
            RETURN count(*) AS c
            """, options: QueryOptions(maxMemory: 4 << 20))
        #expect(r.rows == [[.int(300)]])
    }

    /// The budget checks use only what is charged: a stream that holds nothing (however many
    /// rows flow) never trips it.
    @Test func streamingHoldsNothing() throws {
        let r = try Graph().query("UNWIND range(1, 300000) AS x WITH x WHERE x % 1000 = 0 RETURN count(*) AS c",
                                  options: Self.budget)
        #expect(r.rows == [[.int(300)]])
    }

    @Test func estimates() {
        let stride = MemoryEstimate.valueStride
        #expect(stride == 24)
        #expect(MemoryEstimate.bytes(of: .int(1)) == stride)
        #expect(MemoryEstimate.bytes(of: .list([.int(1), .int(2)])) == 3 * stride)
        #expect(MemoryEstimate.bytes(of: .string(String(repeating: "a", count: 100))) == stride + 100)
        #expect(MemoryEstimate.describe(8 << 20) == "8.4 MB")
        #expect(MemoryEstimate.describe(1_000_000_000) == "1 GB")
    }
}
