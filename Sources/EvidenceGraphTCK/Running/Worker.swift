import Dispatch
import Foundation

/// The child side of ``IsolatedRunner``: reads case ids from standard input (one a line),
/// runs each case (parsing only the feature files they name) and reports through
/// ``WorkerProtocol`` on standard output, numbering cases by their line in the input. A case
/// that outlives `hardLimit` seconds (its query ignored both the timeout and the cancellation
/// flag) makes the worker report `HUNG` and exit.
package enum Worker {
    /// Runs the worker loop; returns when the ids on standard input are done.
    package static func run(featuresDirectory: String, timeout: Double, hardLimit: Double) {
        let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        let ids = input.split(whereSeparator: \.isNewline).map(String.init)
        let runner = ScenarioRunner(
            namedGraphs: NamedGraphs(graphsDirectory: TCKLocation.graphsDirectory(featuresDirectory: featuresDirectory)),
            timeout: timeout)
        let watch = HardLimit(seconds: hardLimit)
        var features: [String: [String: TCKCase]] = [:]
        for (number, id) in ids.enumerated() {
            write(WorkerProtocol.begin(number))
            let path = String(id.prefix(while: { $0 != ":" }))
            if features[path] == nil {
                let text = (try? String(contentsOfFile: featuresDirectory + "/" + path, encoding: .utf8)) ?? ""
                let cases = (try? GherkinParser.parse(text, path: path))?.cases ?? []
                features[path] = Dictionary(cases.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            }
            guard let testCase = features[path]?[id] else {
                let failure = TCKFailure(cause: "runner: the worker cannot find the case", detail: id)
                write(WorkerProtocol.end(number, .failed(failure), seconds: 0))
                continue
            }
            watch.started(number)
            let start = DispatchTime.now()
            let outcome = runner.run(testCase)
            watch.finished()
            write(WorkerProtocol.end(number, outcome, seconds: TCKRunner.seconds(since: start)))
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
