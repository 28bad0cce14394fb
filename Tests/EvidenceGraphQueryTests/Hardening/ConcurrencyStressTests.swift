import Dispatch
#if canImport(Glibc)
import Glibc
#endif
import Testing
import EvidenceGraphCore
@testable import EvidenceGraphQuery

/// 8 threads × 1,000 queries on one graph, with cancellations (before and during a run),
/// timeouts and memory budgets mixed in: every completed query returns the single-threaded
/// answer, every cancelled one throws `Cancelled`, and nothing crashes.
@Suite struct ConcurrencyStressTests {
    static let threads = 8
    static let queriesPerThread = 1000

    static let queries = [
        "MATCH (a:N)-[:NEXT]->(b)-[:NEXT]->(c) WHERE a.i < 40 RETURN count(*) AS c",
        "MATCH (a:N) WHERE a.i % 7 = 0 RETURN a.i ORDER BY a.i DESC LIMIT 5",
        "MATCH (a:N {i: 5})-[*1..3]->(b) RETURN count(DISTINCT b) AS c",
        "MATCH (a)-->(b) RETURN b.i % 10 AS k, count(*) AS c ORDER BY k",
        "UNWIND range(1, 50) AS x RETURN collect(x * 2)[10..12] AS xs",
        "MATCH (a:N) RETURN DISTINCT a.i % 13 AS m ORDER BY m",
    ]
    /// Long enough to be cancelled while it runs.
    static let slow = "MATCH (a:N)-[*1..6]->(b) RETURN count(*) AS c"

    /// What the canceller thread needs: flags to cancel, and whether to stop.
    final class Flags: @unchecked Sendable {
        private let lock = NSLockLike()
        private var pending: [CancellationFlag] = []
        private var done = false
        func add(_ f: CancellationFlag) { lock.withLock { pending.append(f) } }
        func takeAll() -> [CancellationFlag] { lock.withLock { defer { pending = [] }; return pending } }
        func finish() { lock.withLock { done = true } }
        var isDone: Bool { lock.withLock { done } }
    }

    /// Outcome counts, summed over threads.
    final class Tally: @unchecked Sendable {
        private let lock = NSLockLike()
        private(set) var completed = 0, cancelled = 0, wrong = 0, unexpected: [String] = []
        func add(completed c: Int, cancelled x: Int, wrong w: Int, unexpected u: [String]) {
            lock.withLock { completed += c; cancelled += x; wrong += w; unexpected += u }
        }
    }

    @Test func eightThreadsThousandQueriesEach() throws {
        let graph = LimitsAndConcurrencyTests.ring(300, 3)
        let expected = try Self.queries.map { try graph.query($0).rows }
        let flags = Flags(), tally = Tally()
        let canceller = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            while !flags.isDone {
                for f in flags.takeAll() { f.cancel() }
                usleep(200)
            }
            for f in flags.takeAll() { f.cancel() }
            canceller.signal()
        }
        DispatchQueue.concurrentPerform(iterations: Self.threads) { thread in
            var completed = 0, cancelled = 0, wrong = 0
            var unexpected: [String] = []
            for n in 0..<Self.queriesPerThread {
                let k = (thread * 7 + n) % Self.queries.count
                switch n % 10 {
                case 3:
                    // Cancelled before it starts: always `Cancelled`.
                    let flag = CancellationFlag()
                    flag.cancel()
                    do {
                        _ = try graph.query(Self.queries[k], options: QueryOptions(cancellation: flag))
                        wrong += 1
                    } catch let error as QueryError {
                        if error.errorClass == "Cancelled" { cancelled += 1 } else { unexpected.append(error.description) }
                    } catch {
                        unexpected.append("\(error)")
                    }
                case 7 where n % 50 == 7:
                    // Cancelled from another thread while it runs.
                    let flag = CancellationFlag()
                    flags.add(flag)
                    do {
                        _ = try graph.query(Self.slow, options: QueryOptions(cancellation: flag))
                        completed += 1
                    } catch let error as QueryError {
                        if error.errorClass == "Cancelled" { cancelled += 1 } else { unexpected.append(error.description) }
                    } catch {
                        unexpected.append("\(error)")
                    }
                default:
                    let options = QueryOptions(timeout: 60, maxRows: 1000, maxMemory: 64 << 20)
                    do {
                        let rows = try graph.query(Self.queries[k], options: options).rows
                        if rows == expected[k] { completed += 1 } else { wrong += 1 }
                    } catch {
                        unexpected.append("\(error)")
                    }
                }
            }
            tally.add(completed: completed, cancelled: cancelled, wrong: wrong, unexpected: unexpected)
        }
        flags.finish()
        canceller.wait()
        #expect(tally.wrong == 0)
        #expect(tally.unexpected.isEmpty, "\(tally.unexpected.prefix(3))")
        #expect(tally.completed + tally.cancelled == Self.threads * Self.queriesPerThread)
        #expect(tally.cancelled >= Self.threads * Self.queriesPerThread / 10, "every pre-cancelled query was cancelled")
    }
}
