import Dispatch
import Foundation

/// Runs TCK cases in child processes (`evg-tck --worker`), so that an engine crash (a trap
/// such as an arithmetic overflow or an index out of range) or a query that ignores its
/// timeout fails that one case instead of ending the whole run. A worker that dies is
/// restarted after the case that killed it.
public struct IsolatedRunner: Sendable {
    /// The `evg-tck` executable.
    public var executable: String
    /// The TCK `features/` folder the workers load (the same cases, in the same order).
    public var featuresDirectory: String
    public var unsupported: UnsupportedList
    /// Number of worker processes run at once.
    public var workers: Int
    /// Seconds each query may take.
    public var timeout: Double

    /// Creates a runner.
    public init(executable: String, featuresDirectory: String, unsupported: UnsupportedList, workers: Int, timeout: Double = 5) {
        self.executable = executable
        self.featuresDirectory = featuresDirectory
        self.unsupported = unsupported
        self.workers = max(1, workers)
        self.timeout = timeout
    }

    /// Runs `cases` (which must be the suite's cases in order, or a filtered subsequence
    /// of them with `indices` giving each one's position in the suite).
    public func run(_ cases: [TCKCase], indices: [Int]) -> TCKRunResult {
        let start = DispatchTime.now()
        var outcomes = [CaseResult?](repeating: nil, count: cases.count)
        var toRun: [Int] = []   // positions in `cases`
        for (position, testCase) in cases.enumerated() {
            if let entry = unsupported.entry(skipping: testCase) {
                outcomes[position] = CaseResult(testCase: testCase, outcome: .skipped(reason: entry.reason), seconds: 0)
            } else {
                toRun.append(position)
            }
        }
        let shards = (0..<workers).map { w in toRun.enumerated().filter { $0.offset % workers == w }.map(\.element) }
        let collected = Collected()
        DispatchQueue.concurrentPerform(iterations: shards.count) { w in
            var positionOfIndex: [Int: Int] = [:]
            for position in shards[w] { positionOfIndex[indices[position]] = position }
            var remaining = shards[w].map { indices[$0] }
            while !remaining.isEmpty {
                let (finished, next) = runWorker(remaining)
                for (index, outcome, seconds) in finished {
                    guard let position = positionOfIndex[index] else { continue }
                    collected.add(position, CaseResult(testCase: cases[position], outcome: outcome, seconds: seconds))
                }
                remaining = next
            }
        }
        for (position, result) in collected.results { outcomes[position] = result }
        let results = outcomes.enumerated().map { position, result in
            result ?? CaseResult(testCase: cases[position],
                                 outcome: .failed(TCKFailure(cause: "runner: no result from the worker", detail: "")), seconds: 0)
        }
        return TCKRunResult(results: results, seconds: TCKRunner.seconds(since: start))
    }

    /// Runs one worker over `indices`; returns what it finished (a crash or hang counted as a
    /// failure of the case in progress) and the indices still to run.
    private func runWorker(_ indices: [Int]) -> (finished: [(Int, CaseOutcome, Double)], remaining: [Int]) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--worker", "--tck", featuresDirectory, "--timeout", String(timeout)]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch {
            let failure = TCKFailure(cause: "runner: cannot start the worker", detail: "\(executable): \(error)")
            return (indices.map { ($0, .failed(failure), 0) }, [])
        }
        let stderrText = ErrorCollector(errors.fileHandleForReading)
        input.fileHandleForWriting.write(Data(indices.map(String.init).joined(separator: "\n").utf8 + [10]))
        try? input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let stderr = stderrText.text()

        var finished: [(Int, CaseOutcome, Double)] = []
        var done = Set<Int>()
        var inProgress: Int?
        var hung = false
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            switch WorkerProtocol.parse(line) {
            case .begin(let i)?: inProgress = i
            case .end(let i, let outcome, let seconds)?:
                finished.append((i, outcome, seconds))
                done.insert(i)
                inProgress = nil
            case .hung(let i)?: inProgress = i; hung = true
            case nil: break
            }
        }
        guard let culprit = inProgress else {
            let rest = indices.filter { !done.contains($0) }
            if !rest.isEmpty && done.isEmpty {   // the worker died before starting any case
                let failure = TCKFailure(cause: "runner: the worker failed to start", detail: stderr)
                return (finished + rest.map { ($0, .failed(failure), 0) }, [])
            }
            return (finished, rest)
        }
        let cause: String
        if hung {
            cause = "hung: no answer within the hard limit (timeout ignored)"
        } else {
            let how = process.terminationReason == .uncaughtSignal ? "signal \(process.terminationStatus)" : "exit \(process.terminationStatus)"
            cause = "engine crashed: " + Self.crashLine(stderr, fallback: how)
        }
        finished.append((culprit, .failed(TCKFailure(cause: cause, detail: String(stderr.suffix(2000)))), 0))
        done.insert(culprit)
        let position = indices.firstIndex(of: culprit) ?? indices.count - 1
        return (finished, indices[(position + 1)...].filter { !done.contains($0) })
    }

    /// The fatal-error line of a crash report, generalised (`Fatal error: Index out of range`).
    static func crashLine(_ stderr: String, fallback: String) -> String {
        let lines = stderr.split(separator: "\n")
        let fatal = lines.first { $0.contains("Fatal error") || $0.contains("runtime failure") || $0.contains("Precondition failed") }
        guard let fatal else { return fallback }
        var text = String(fatal)
        if let range = text.range(of: "Fatal error: ") { text = String(text[range.lowerBound...]) }
        return FailureCause.generalise(message: text)
    }
}

/// Reads a pipe to its end on a background thread.
private final class ErrorCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        DispatchQueue.global().async {
            let all = handle.readDataToEndOfFile()
            self.lock.lock()
            self.data = all
            self.lock.unlock()
            self.done.signal()
        }
    }

    func text() -> String {
        done.wait()
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: data, as: UTF8.self)
    }
}

/// Results gathered from the worker threads.
private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var results: [(Int, CaseResult)] = []

    func add(_ position: Int, _ result: CaseResult) {
        lock.lock()
        results.append((position, result))
        lock.unlock()
    }
}
