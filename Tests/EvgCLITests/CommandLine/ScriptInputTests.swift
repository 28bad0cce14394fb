import Foundation
import Testing

/// `evg repl` without a terminal, and `evg query` reading standard input, pipes and
/// process substitutions.
@Suite struct ScriptInputTests {
    @Test func replWithoutTerminalRunsAScriptWithoutPrompts() throws {
        let script = """
            :param drug=everolimus
            // a ';' in a comment or a string does not end a statement
            MATCH (d:Drug {id: $drug})
            RETURN d.id AS id, 'a;b' AS text;
            RETURN 1 AS one; RETURN 2 AS two
            """
        let r = try CLIRunner.run(["repl"], stdin: script)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stdout.contains("evg>") && !r.stdout.contains("...>"), "\(r.stdout)")
        #expect(!r.stderr.contains("Type :help"), "\(r.stderr)")
        #expect(r.stdout.contains("| everolimus | a;b  |"), "\(r.stdout)")
        #expect(r.stdout.contains("| one |") && r.stdout.contains("| two |"), "\(r.stdout)")
    }

    @Test func scriptStopsAtTheFirstErrorUnlessToldToGoOn() throws {
        let script = "RETURN 1 AS first;\nRETURN nope;\nRETURN 3 AS third;\n"
        let failFast = try CLIRunner.run(["repl"], stdin: script)
        #expect(failFast.status == 1)
        #expect(failFast.stdout.contains("first") && !failFast.stdout.contains("third"), "\(failFast.stdout)")
        #expect(failFast.stderr.contains("nope"), "\(failFast.stderr)")
        let atEnd = try CLIRunner.run(["repl", "--no-fail-fast"], stdin: script)
        #expect(atEnd.status == 1)
        #expect(atEnd.stdout.contains("third"), "\(atEnd.stdout)")
        let unknown = try CLIRunner.run(["repl"], stdin: ":frobnicate\nRETURN 1 AS one;")
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("unknown command :frobnicate"), "\(unknown.stderr)")
    }

    @Test func queryReadsStandardInputWithDashAndFileDash() throws {
        let text = "MATCH (d:Drug {id: 'everolimus'}) RETURN d.id AS id"
        for arguments in [["query", "--format", "csv", "-"], ["query", "--format", "csv", "-f", "-"]] {
            let r = try CLIRunner.run(arguments, stdin: text)
            #expect(r.status == 0, "\(arguments): \(r.stderr)")
            #expect(r.stdout == "id\neverolimus\n", "\(arguments): \(r.stdout)")
        }
    }

    @Test func queryFileMayBeAPipeOrProcessSubstitution() throws {
        let evg = CLIRunner.executable.path
        let command = "'\(evg)' query --format csv -f <(echo \"RETURN 'piped' AS how\")"
        let r = try CLIRunner.run(arguments: ["-c", command], executable: URL(fileURLWithPath: "/bin/bash"))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "how\npiped\n", "\(r.stdout)")
        let fifo = FileManager.default.temporaryDirectory.appendingPathComponent("evg-fifo-\(UUID().uuidString)").path
        let viaFifo = try CLIRunner.run(arguments: ["-c", "mkfifo '\(fifo)' && (echo 'RETURN 7 AS seven' > '\(fifo)' &) && '\(evg)' query --format csv -f '\(fifo)'; rm -f '\(fifo)'"],
                                        executable: URL(fileURLWithPath: "/bin/bash"))
        #expect(viaFifo.stdout == "seven\n7\n", "\(viaFifo.stdout) \(viaFifo.stderr)")
    }

    @Test func scriptStatementsRunAsSoonAsTheirSemicolonArrives() throws {
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = ["repl"]
        process.currentDirectoryURL = CLIRunner.repositoryRoot
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let seen = SeenText()
        output.fileHandleForReading.readabilityHandler = { seen.append($0.availableData) }
        try process.run()
        input.fileHandleForWriting.write(Data("RETURN 'early' AS first;\nRETURN 'unfinished".utf8))
        // The first result arrives while standard input is still open.
        #expect(seen.wait(for: "early"), "\(seen.text)")
        input.fileHandleForWriting.write(Data("' AS second;\n".utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        output.fileHandleForReading.readabilityHandler = nil
        seen.append(output.fileHandleForReading.readDataToEndOfFile())
        #expect(process.terminationStatus == 0)
        #expect(seen.text.contains("unfinished"), "\(seen.text)")
    }
}

/// Output collected from a pipe while a test waits for it.
final class SeenText: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func append(_ more: Data) { lock.withLock { data.append(more) } }
    var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }

    /// Whether `needle` appeared before the deadline (which only guards against a hang).
    func wait(for needle: String, deadline seconds: Double = 120) -> Bool {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            if text.contains(needle) { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return false
    }
}
