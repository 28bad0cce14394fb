import Foundation

/// Runs `evg` on a pseudo-terminal, through util-linux `script` (which makes the terminal
/// the child's controlling terminal, so Ctrl-C raises SIGINT as it does for a person).
/// Keys are written to the terminal; ``waitFor(_:)`` reads the screen output until a text
/// appears. The deadline only keeps a broken build from hanging the suite: no assertion
/// depends on how long anything takes.
final class PseudoTerminal: @unchecked Sendable {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let lock = NSLock()
    private var buffer = Data()
    /// Where the next ``waitFor(_:)`` starts looking.
    private var mark = 0

    /// Starts `evg arguments…` in `directory` with `TERM=dumb` (no colour, plain redraws).
    init(_ arguments: [String], in directory: URL = CLIRunner.repositoryRoot, environment: [String: String] = [:]) throws {
        // `exec`, so no shell stays between `script` and evg: a shell left waiting (dash does)
        // would itself die of the SIGINT that Ctrl-C sends the terminal's foreground group.
        let command = "exec " + ([CLIRunner.executable.path] + arguments).map(Self.shellQuoted).joined(separator: " ")
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qfec", command, "/dev/null"]
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "EVG_GRAPH")
        env.removeValue(forKey: "NO_COLOR")   // test runners may set it; tests that want it say so
        env["TERM"] = "dumb"
        env["SHELL"] = "/bin/sh"   // what `script -c` runs the command with
        env.merge(environment) { $1 }
        process.environment = env
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.withLock { self.buffer.append(data) }
        }
        try process.run()
    }

    /// Types `keys` (`\r` is Enter, `\u{3}` Ctrl-C, `\u{4}` Ctrl-D, `\t` Tab).
    func type(_ keys: String) {
        input.fileHandleForWriting.write(Data(keys.utf8))
    }

    /// Waits until `text` appears in the output after the previous match; returns the output
    /// up to and including it, or `nil` when it did not appear before the deadline.
    @discardableResult
    func waitFor(_ text: String, deadline seconds: Double = 120) -> String? {
        let needle = Data(text.utf8)
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            let found: String? = lock.withLock {
                guard mark <= buffer.count, let range = buffer[mark...].range(of: needle) else { return nil }
                let seen = String(decoding: buffer[mark..<range.upperBound], as: UTF8.self)
                mark = range.upperBound
                return seen
            }
            if let found { return found }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return nil
    }

    /// Everything written so far.
    var transcript: String { lock.withLock { String(decoding: buffer, as: UTF8.self) } }

    /// Waits for the program to end (after Ctrl-D or `:quit`) and returns its exit status,
    /// or `nil` when it did not end before the deadline (it is then stopped).
    func finish(deadline seconds: Double = 120) -> Int32? {
        try? input.fileHandleForWriting.close()
        let end = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < end { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            return nil
        }
        process.waitUntilExit()
        output.fileHandleForReading.readabilityHandler = nil
        let rest = output.fileHandleForReading.readDataToEndOfFile()
        lock.withLock { buffer.append(rest) }
        return process.terminationStatus
    }

    /// Stops the program if a test gave up on it.
    deinit {
        if process.isRunning { process.terminate() }
    }

    private static func shellQuoted(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
