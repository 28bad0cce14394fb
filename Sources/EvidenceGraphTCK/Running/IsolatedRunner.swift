import Dispatch
import Foundation

/// Runs TCK cases in child processes (`evg-tck --worker`), so that an engine crash (a trap
/// such as an arithmetic overflow or an index out of range) or a query that ignores its
/// timeout fails that one case instead of ending the whole run. A worker that dies is
/// restarted after the case that killed it.
package struct IsolatedRunner: Sendable {
    /// The `evg-tck` executable.
    package var executable: String
    /// The TCK `features/` folder the workers load (the same cases, in the same order).
    package var featuresDirectory: String
    package var unsupported: UnsupportedList
    /// Number of worker processes run at once.
    package var workers: Int
    /// Seconds each query may take.
    package var timeout: Double

    /// Creates a runner.
    package init(executable: String, featuresDirectory: String, unsupported: UnsupportedList, workers: Int, timeout: Double = 5) {
        self.executable = executable
        self.featuresDirectory = featuresDirectory
        self.unsupported = unsupported
        self.workers = max(1, workers)
        self.timeout = timeout
    }

    /// Runs `cases` (cases of the suite in `featuresDirectory`), returning results in order.
    package func run(_ cases: [TCKCase]) -> TCKRunResult {
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
            var remaining = shards[w]
            while !remaining.isEmpty {
                let (finished, rest) = runWorker(remaining.map { cases[$0].id })
                for (number, outcome, seconds) in finished {
                    collected.add(remaining[number], CaseResult(testCase: cases[remaining[number]], outcome: outcome, seconds: seconds))
                }
                remaining = rest.map { remaining[$0] }
            }
        }
        for (position, result) in collected.results { outcomes[position] = result }
        let results = outcomes.enumerated().map { position, result in
            result ?? CaseResult(testCase: cases[position],
                                 outcome: .failed(TCKFailure(cause: "runner: no result from the worker", detail: "")), seconds: 0)
        }
        return TCKRunResult(results: results, seconds: TCKRunner.seconds(since: start))
    }

    /// Runs one worker over the cases `ids`; returns what it finished, by position in `ids`
    /// (a crash or hang counted as a failure of the case in progress), and the positions
    /// still to run.
    private func runWorker(_ ids: [String]) -> (finished: [(Int, CaseOutcome, Double)], remaining: [Int]) {
        let input = Pipe(), output = Pipe(), errors = Pipe()
        let started = Self.launch {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = ["--worker", "--tck", featuresDirectory, "--timeout", String(timeout)]
            var environment = ProcessInfo.processInfo.environment
            environment["SWIFT_BACKTRACE"] = "enable=yes,interactive=no,color=no,threads=crashed,registers=none,images=none,limit=40,sanitize=yes"
            process.environment = environment
            process.standardInput = input
            process.standardOutput = output
            process.standardError = errors
            return process
        }
        guard case .success(let process) = started else {
            let failure = TCKFailure(cause: "runner: cannot start the worker", detail: "\(executable): \(started)")
            return (ids.indices.map { ($0, .failed(failure), 0) }, [])
        }
        let stderrText = ErrorCollector(errors.fileHandleForReading)
        // A worker that dies at once closes its input: ignore SIGPIPE so that writing to it
        // fails with an error (handled below as a worker that failed to start) instead of
        // killing this process.
        signal(SIGPIPE, SIG_IGN)
        try? input.fileHandleForWriting.write(contentsOf: Data((ids.joined(separator: "\n") + "\n").utf8))
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
            case .end(let i, let outcome, let seconds)? where ids.indices.contains(i):
                finished.append((i, outcome, seconds))
                done.insert(i)
                inProgress = nil
            case .hung(let i)?: inProgress = i; hung = true
            default: break
            }
        }
        guard let culprit = inProgress, ids.indices.contains(culprit) else {
            let rest = ids.indices.filter { !done.contains($0) }
            if !rest.isEmpty && done.isEmpty {   // the worker died before finishing any case
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
            cause = "engine crashed: " + Self.crashSummary(stderr, fallback: how)
        }
        finished.append((culprit, .failed(TCKFailure(cause: cause, detail: Self.crashDetail(stderr))), 0))
        return (finished, Array((culprit + 1)..<ids.count))
    }

    /// Starts a process made by `make`, retrying a few times with a fresh one: exec fails
    /// transiently with "text file busy" while another thread's fork still holds a
    /// just-written executable open.
    private static func launch(_ make: () -> Process) -> Result<Process, Error> {
        var lastError: Error?
        for attempt in 0..<5 {
            let process = make()
            do {
                try process.run()
                return .success(process)
            } catch {
                lastError = error
                Thread.sleep(forTimeInterval: 0.05 * Double(attempt + 1))
            }
        }
        return .failure(lastError!)
    }

    /// The fatal-error message of a crash report and the first project frame below it, e.g.
    /// `Fatal error: Index out of range in CSRAdjacency.init(…) (AdjacencyEntry.swift)`.
    static func crashSummary(_ stderr: String, fallback: String) -> String {
        let lines = stderr.split(separator: "\n")
        guard let fatal = lines.first(where: { $0.contains("Fatal error") || $0.contains("runtime failure")
            || $0.contains("Precondition failed") || $0.contains("Assertion failed") })
        else { return fallback }
        var message = String(fatal)
        for marker in ["Fatal error: ", "Precondition failed", "Assertion failed"] {
            if let range = message.range(of: marker) { message = String(message[range.lowerBound...]); break }
        }
        message = FailureCause.generalise(message: message)
        guard let frame = lines.first(where: isProjectFrame) else { return message }
        return message + " in " + frameSummary(frame)
    }

    /// The crash message and the backtrace frames inside the project.
    static func crashDetail(_ stderr: String) -> String {
        let lines = stderr.split(separator: "\n")
        let head = lines.prefix { !$0.contains("Backtracing") }.suffix(5)
        let frames = lines.filter(isProjectFrame).prefix(12)
        return (head + ["frames in the project:"] + frames).joined(separator: "\n")
    }

    /// A backtrace frame of the engine (any `Sources/` file but the TCK runner's own).
    static func isProjectFrame(_ line: Substring) -> Bool {
        line.contains("/Sources/EvidenceGraph") && !line.contains("/Sources/EvidenceGraphTCK/")
    }

    /// `CSRAdjacency.init(…) (AdjacencyEntry.swift:12)` from a backtrace frame line.
    static func frameSummary(_ line: Substring) -> String {
        let beforePlus = line.range(of: " + ").map { line[..<$0.lowerBound] } ?? line
        let words = beforePlus.split(separator: " ")
        let addressEnd = words.firstIndex { $0.hasPrefix("0x") }.map { $0 + 1 } ?? 0
        var function = words[min(addressEnd, words.count)...].joined(separator: " ")
        if let paren = function.firstIndex(of: "(") { function = String(function[..<paren]) + "(…)" }
        let file = line.range(of: " at ").map { line[$0.upperBound...].split(separator: "/").last.map(String.init) ?? "" } ?? ""
        return file.isEmpty ? function : "\(function) (\(file))"
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
