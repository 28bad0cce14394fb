import Dispatch
import Foundation

/// The child side of ``IsolatedRunner``: reads case indices from standard input, runs each
/// case of the suite in `featuresDirectory` and reports through ``WorkerProtocol`` on
/// standard output. A case that outlives `hardLimit` seconds (its query ignored both the
/// timeout and the cancellation flag) makes the worker report `HUNG` and exit.
public enum Worker {
    /// Runs the worker loop; returns when standard input's indices are done.
    public static func run(featuresDirectory: String, timeout: Double, hardLimit: Double) throws {
        let suite = try TCKSuite.load(featuresDirectory: featuresDirectory)
        let cases = suite.cases
        let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        let indices = input.split(whereSeparator: \.isNewline).compactMap { Int($0) }
        let runner = ScenarioRunner(
            namedGraphs: NamedGraphs(graphsDirectory: TCKLocation.graphsDirectory(featuresDirectory: featuresDirectory)),
            timeout: timeout)
        let watch = HardLimit(seconds: hardLimit)
        for index in indices where cases.indices.contains(index) {
            write(WorkerProtocol.begin(index))
            watch.started(index)
            let start = DispatchTime.now()
            let outcome = runner.run(cases[index])
            watch.finished()
            write(WorkerProtocol.end(index, outcome, seconds: TCKRunner.seconds(since: start)))
        }
    }

    static func write(_ line: String) {
        FileHandle.standardOutput.write(Data(line.utf8))   // unbuffered: survives a crash
    }
}

/// A watchdog thread that ends the worker when one case runs too long.
private final class HardLimit: @unchecked Sendable {
    private let lock = NSLock()
    private var current: (index: Int, since: DispatchTime)?

    init(seconds: Double) {
        let thread = Thread { [self] in
            while true {
                Thread.sleep(forTimeInterval: 0.5)
                lock.lock()
                let running = current
                lock.unlock()
                if let running, TCKRunner.seconds(since: running.since) > seconds {
                    Worker.write(WorkerProtocol.hung(running.index))
                    exit(3)
                }
            }
        }
        thread.start()
    }

    func started(_ index: Int) {
        lock.lock()
        current = (index, .now())
        lock.unlock()
    }

    func finished() {
        lock.lock()
        current = nil
        lock.unlock()
    }
}
