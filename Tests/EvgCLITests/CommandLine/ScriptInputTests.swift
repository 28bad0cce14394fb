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
}
