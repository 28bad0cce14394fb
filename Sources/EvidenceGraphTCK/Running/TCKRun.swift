import Dispatch
import Foundation

/// Runs TCK cases, skipping exactly those the unsupported list names.
package struct TCKRunner: Sendable {
    package var scenarioRunner: ScenarioRunner
    package var unsupported: UnsupportedList
    /// Number of cases run at once (the engine's queries are safe to run concurrently).
    package var parallelism: Int

    /// Creates a runner.
    package init(scenarioRunner: ScenarioRunner, unsupported: UnsupportedList, parallelism: Int = 1) {
        self.scenarioRunner = scenarioRunner
        self.unsupported = unsupported
        self.parallelism = max(1, parallelism)
    }

    /// Runs `cases`, returning results in the same order.
    package func run(_ cases: [TCKCase]) -> TCKRunResult {
        let start = DispatchTime.now()
        let slots = ResultSlots(count: cases.count)
        let workers = min(parallelism, max(1, cases.count))
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let i = next.take(below: cases.count) {
                slots.set(i, runOne(cases[i]))
            }
        }
        return TCKRunResult(results: slots.values, seconds: Self.seconds(since: start))
    }

    /// Runs one case (or skips it if the unsupported list names it).
    package func runOne(_ testCase: TCKCase) -> CaseResult {
        if let entry = unsupported.entry(skipping: testCase) {
            return CaseResult(testCase: testCase, outcome: .skipped(reason: entry.reason), seconds: 0)
        }
        let start = DispatchTime.now()
        let outcome = scenarioRunner.run(testCase)
        return CaseResult(testCase: testCase, outcome: outcome, seconds: Self.seconds(since: start))
    }

    static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}

/// The results of one run and its wall-clock time.
package struct TCKRunResult: Sendable {
    package var results: [CaseResult]
    package var seconds: Double

    /// Counts per folder.
    package var table: PassTable { PassTable(results) }
}

/// A work counter shared by the worker threads.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0

    func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < limit else { return nil }
        defer { next += 1 }
        return next
    }
}

/// Result slots written by the worker threads.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [CaseResult?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ result: CaseResult) {
        lock.lock()
        slots[i] = result
        lock.unlock()
    }

    var values: [CaseResult] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}
