import Dispatch
import Testing
import EvidenceGraphCore
@testable import EvidenceGraphQuery

@Suite struct LimitsAndConcurrencyTests {
    /// A ring of `n` nodes each linked to the next `k` (dense enough for long expansions).
    static func ring(_ n: Int, _ k: Int) -> Graph {
        var b = GraphBuilder()
        let nodes = (0..<n).map { try! b.addNode(id: "n\($0)", labels: ["N"], properties: ["i": .int(Int64($0))]) }
        for i in 0..<n {
            for d in 1...k { b.addRelationship(type: "NEXT", from: nodes[i], to: nodes[(i + d) % n]) }
        }
        return b.freeze()
    }

    @Test func maxRowsIsAnErrorNotACut() throws {
        let g = Self.ring(50, 2)
        do {
            _ = try g.query("MATCH (n) RETURN n", options: QueryOptions(maxRows: 10))
            Issue.record("expected LimitExceeded")
        } catch {
            #expect(error.errorClass == "LimitExceeded")
        }
        #expect(try g.query("MATCH (n) RETURN n", options: QueryOptions(maxRows: 50)).rows.count == 50)
    }

    @Test func timeoutStopsALongExpansion() throws {
        let g = Self.ring(200, 4)
        let start = ContinuousClock.now
        do {
            _ = try g.query("MATCH (a:N {i: 0})-[*1..12]->(b) RETURN count(*)", options: QueryOptions(timeout: 0.2))
            Issue.record("expected a timeout")
        } catch {
            #expect(error.errorClass == "LimitExceeded")
            #expect(error.detail == "Timeout")
        }
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    @Test func cancellationFromAnotherThread() throws {
        let g = Self.ring(200, 4)
        let flag = CancellationFlag()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.1) { flag.cancel() }
        do {
            _ = try g.query("MATCH (a:N {i: 0})-[*1..12]->(b) RETURN count(*)", options: QueryOptions(cancellation: flag))
            Issue.record("expected cancellation")
        } catch {
            #expect(error.errorClass == "Cancelled")
        }
        let cancelled = CancellationFlag()
        cancelled.cancel()
        #expect(throws: QueryError.self) { try g.query("RETURN 1", options: QueryOptions(cancellation: cancelled)) }
    }

    @Test func concurrentQueriesAgree() throws {
        let g = Self.ring(300, 3)
        let queries = [
            "MATCH (a:N)-[:NEXT]->(b)-[:NEXT]->(c) WHERE a.i < 100 RETURN count(*)",
            "MATCH (a:N) WHERE a.i % 7 = 0 RETURN a.i ORDER BY a.i DESC LIMIT 5",
            "MATCH (a:N {i: 5})-[*1..3]->(b) RETURN count(DISTINCT b)",
            "MATCH (a)-->(b) RETURN b.i % 10 AS k, count(*) ORDER BY k",
        ]
        let expected = try queries.map { try g.query($0).rows }
        let results = ResultBox(count: 16)
        DispatchQueue.concurrentPerform(iterations: 16) { i in
            let q = queries[i % queries.count]
            results.set(i, (try? g.query(q).rows) ?? [])
        }
        for i in 0..<16 { #expect(results.get(i) == expected[i % queries.count]) }
    }

    @Test func explainAndProfile() throws {
        let g = Self.ring(100, 2)
        let explain = try g.query("EXPLAIN MATCH (a:N)-[:NEXT]->(b) WHERE a.i < 10 RETURN b.i")
        #expect(explain.rows.isEmpty)
        #expect(explain.columns == ["b.i"])
        let plan = try #require(explain.plan)
        #expect(plan.contains("NodeByLabelScan"))
        #expect(plan.contains("Expand(All)"))
        // `a.i < 10` is tested inside the scan, on the packed property.
        #expect(plan.contains("NodeByLabelScan (a:N) WHERE a.i < 10 (packed)"))
        let profile = try g.query("PROFILE MATCH (a:N)-[:NEXT]->(b) WHERE a.i < 10 RETURN b.i")
        #expect(profile.rows.count == 20)
        let text = try #require(profile.plan)
        #expect(text.contains("rows=20"))
        #expect(text.contains("(packed)  [rows=10,"))
        #expect(text.contains("hottest"))
        #expect(text.contains("time="))
    }
}

/// Results written from concurrent iterations.
final class ResultBox: @unchecked Sendable {
    private let lock = NSLockLike()
    private var values: [[[Value]]]
    init(count: Int) { values = Array(repeating: [], count: count) }
    func set(_ i: Int, _ v: [[Value]]) { lock.withLock { values[i] = v } }
    func get(_ i: Int) -> [[Value]] { lock.withLock { values[i] } }
}
