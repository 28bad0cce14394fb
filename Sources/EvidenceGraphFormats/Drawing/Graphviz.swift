import Foundation

/// Lays out DOT drawings with Graphviz's `dot` program (Debian package `graphviz`), run as a
/// child process with a time limit.
///
/// It lives in this library rather than in the `evg` tool because the HTML report
/// (``AssessmentHTML``) inlines laid-out drawings, and every embedder of that report (the
/// CLI, a web server) needs the same runner.
public struct Graphviz: Sendable {
    /// The `dot` executable; nil finds `dot` on `PATH` when a drawing is laid out.
    public var executable: String?
    /// Seconds a layout may take before `dot` is stopped.
    public var timeout: Double

    /// A runner of `executable` (nil: `dot` on `PATH`) that stops a layout after `timeout` seconds.
    public init(executable: String? = nil, timeout: Double = 30) {
        self.executable = executable
        self.timeout = timeout
    }

    /// The path of `dot`: ``executable`` when set, else the first `dot` on `PATH`; nil when
    /// there is none.
    public func locate() -> String? {
        if let executable { return FileManager.default.isExecutableFile(atPath: executable) ? executable : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") where !dir.isEmpty {
            let candidate = String(dir) + "/dot"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Whether `dot` can be run.
    public var isAvailable: Bool { locate() != nil }

    /// `dot` laid out as an SVG document (`dot -Tsvg`).
    /// - Throws: ``GraphvizError``: `dot` not installed, timed out, or failed (with its message).
    public func svg(_ dot: String) throws(GraphvizError) -> String {
        try run(dot, format: "svg")
    }

    /// `dot` rendered in a Graphviz output `format` (`svg`, `png`, …) as text.
    public func run(_ dot: String, format: String) throws(GraphvizError) -> String {
        guard let program = locate() else { throw .notInstalled(executable ?? "dot") }
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("evg-graphviz-\(UUID().uuidString)")
        do { try fm.createDirectory(at: dir, withIntermediateDirectories: true) } catch {
            throw .failed(status: -1, message: "cannot create a temporary directory: \(error.localizedDescription)")
        }
        defer { try? fm.removeItem(at: dir) }
        let input = dir.appendingPathComponent("drawing.dot")
        let output = dir.appendingPathComponent("drawing.out")
        let errors = dir.appendingPathComponent("stderr.txt")
        do {
            try Data(dot.utf8).write(to: input)
            try Data().write(to: errors)
        } catch {
            throw .failed(status: -1, message: "cannot write the drawing: \(error.localizedDescription)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["-T" + format, "-o", output.path, input.path]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        let errorHandle: FileHandle
        do { errorHandle = try FileHandle(forWritingTo: errors) } catch {
            throw .failed(status: -1, message: "cannot open a file for dot's messages: \(error.localizedDescription)")
        }
        defer { try? errorHandle.close() }
        process.standardError = errorHandle
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do { try process.run() } catch { throw .notInstalled(program) }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            _ = finished.wait(timeout: .now() + 5)
            throw .timedOut(seconds: timeout)
        }
        let message = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0 else {
            throw .failed(status: process.terminationStatus, message: String(message.prefix(2000)))
        }
        guard let data = try? Data(contentsOf: output) else {
            throw .failed(status: 0, message: "dot wrote no output. " + String(message.prefix(2000)))
        }
        return String(decoding: data, as: UTF8.self)
    }
}
