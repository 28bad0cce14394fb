import Foundation
import Testing

/// Every example command in `evg`'s help texts runs and succeeds, so the help cannot drift
/// from the tool (`evg` in an example is the built binary; examples run from the repository
/// root, through bash, as a reader would paste them).
@Suite struct HelpExampleTests {
    static let commands = ["", "validate", "stats", "query", "repl", "assess", "generate", "export", "bench-query"]

    /// The example command lines of a help text: lines that start with `evg ` or pipe into
    /// `evg`, continuation lines (ending in `\`) joined.
    static func examples(in help: String) -> [String] {
        var result: [String] = []
        var pending: String?
        for raw in help.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if var current = pending {
                current += " " + line
                if line.hasSuffix("\\") { pending = String(current.dropLast()) } else { result.append(current); pending = nil }
                continue
            }
            guard line.hasPrefix("evg ") || line.contains("| evg ") else { continue }
            if line.hasSuffix("\\") { pending = String(line.dropLast()) } else { result.append(line) }
        }
        return result
    }

    @Test func everyHelpExampleRuns() throws {
        let bin = CLIRunner.executable.deletingLastPathComponent().path
        var count = 0
        for command in Self.commands {
            let help = try CLIRunner.run((command.isEmpty ? [] : [command]) + ["--help"], environment: ["COLUMNS": "1000"])
            #expect(help.status == 0, "\(command): \(help.stderr)")
            for example in Self.examples(in: help.stdout) {
                count += 1
                let r = try CLIRunner.run(arguments: ["-c", example], executable: URL(fileURLWithPath: "/bin/bash"),
                                          environment: ["PATH": bin + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")])
                #expect(r.status == 0, "`\(example)` failed: \(r.stderr)")
                #expect(!r.stdout.isEmpty, "`\(example)` printed nothing")
                #expect(!r.stderr.contains("warning:"), "`\(example)`: \(r.stderr)")
            }
        }
        #expect(count >= 6, "expected the query and assess examples, found \(count)")
    }

    @Test func versionIsTheLibraryConstant() throws {
        let r = try CLIRunner.run(["--version"])
        #expect(r.status == 0)
        #expect(r.stdout == "0.2.0\n", "\(r.stdout)")
        let stats = try CLIRunner.run(["stats", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])
        #expect(object["version"] as? String == "0.2.0")
    }

    @Test func completionScriptsAreGenerated() throws {
        for shell in ["bash", "zsh", "fish"] {
            let r = try CLIRunner.run(["--generate-completion-script", shell])
            #expect(r.status == 0, "\(shell): \(r.stderr)")
            #expect(r.stdout.contains("repl"), "\(shell)")
        }
    }
}
