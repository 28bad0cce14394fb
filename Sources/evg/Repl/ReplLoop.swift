import EvidenceGraph
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The two ways `evg repl` reads its input: at a terminal, line by line with the libedit
/// editor, prompts and Ctrl-C; otherwise (a pipe or file) as a script, like cypher-shell:
/// no prompts, statements separated by `;`, `:commands` on their own lines.
enum ReplLoop {
    /// The commands the REPL knows (for completion and for refusing unknown ones in scripts).
    static let commands = [":help", ":schema", ":format", ":param", ":params", ":limits", ":quit", ":exit"]

    /// Reads and runs statements at a terminal until `:quit` or Ctrl-D. Ctrl-C drops the
    /// statement being typed, or cancels the running query and returns to the prompt.
    /// With `failFast`, the first failing statement ends the loop with status 1.
    static func interactive(_ session: inout ReplSession, historyFile: String?, failFast: Bool) throws {
        guard let editor = TerminalLineEditor(historyFile: historyFile, style: TerminalStyle(fd: STDOUT_FILENO)) else {
            printError("evg: the terminal could not be set up for editing; reading a script instead")
            return try script(&session, failFast: failFast)
        }
        let names = CompletionNames(graph: session.graph)
        editor.completer = { text in
            QueryCompleter(summary: names.summary, commands: commands, parameters: names.parameters).complete(text)
        }
        var pending = ""
        while true {
            editor.pendingText = pending
            switch editor.readLine(prompt: pending.isEmpty ? "evg> " : "...> ") {
            case .end:
                return
            case .interrupted:
                pending = ""
            case .line(let line):
                let (items, rest) = StatementSplitter.split(pending + line + "\n")
                pending = rest.allSatisfy(\.isWhitespace) ? "" : rest
                for item in items {
                    switch item {
                    case .statement(let text): editor.remember(text + ";")
                    case .command(let text): editor.remember(text)
                    }
                    switch perform(item, &session) {
                    case .quit: return
                    case .failed where failFast: throw EvgExit.findings
                    default: break
                    }
                    names.update(session)
                }
            }
        }
    }

    /// Runs the statements and commands of standard input as they arrive (a statement runs
    /// once its `;` has been read), without prompts or timings; errors go to standard error.
    /// With `failFast`, stops at the first failure (exit status 1); without, runs everything
    /// and exits 1 if anything failed.
    static func script(_ session: inout ReplSession, failFast: Bool) throws {
        session.showsTiming = false
        var failed = false
        var pending = ""
        var atEnd = false
        while !atEnd {
            if let line = readLine(strippingNewline: false) { pending += line } else { atEnd = true }
            let (items, rest) = StatementSplitter.split(pending, atEnd: atEnd)
            pending = rest
            for item in items {
                switch perform(item, &session) {
                case .quit:
                    if failed { throw EvgExit.findings }
                    return
                case .failed:
                    if failFast { throw EvgExit.findings }
                    failed = true
                case .done: break
                }
            }
        }
        if failed { throw EvgExit.findings }
    }

    enum Outcome { case done, failed, quit }

    /// Runs one statement or command.
    static func perform(_ item: StatementSplitter.Item, _ session: inout ReplSession) -> Outcome {
        switch item {
        case .statement(let text):
            return session.run(text) ? .done : .failed
        case .command(let line):
            let name = String(line.split(separator: " ", maxSplits: 1).first ?? "")
            guard commands.contains(name) || name == ":q" else {
                session.errorOutput("error: unknown command \(EchoText.truncated(name)); :help lists the commands")
                return .failed
            }
            return session.command(line) ? .done : .quit
        }
    }
}

/// What completion offers, refreshed after each statement: the schema summary (computed on
/// the first Tab, again after a query that wrote) and the parameter names.
final class CompletionNames {
    private var graph: Graph
    private var cached: SchemaSummary?
    private(set) var parameters: [String] = []

    init(graph: Graph) { self.graph = graph }

    var summary: SchemaSummary {
        if let cached { return cached }
        let s = SchemaSummary(graph)
        cached = s
        return s
    }

    func update(_ session: ReplSession) {
        parameters = session.parameters.keys.sorted()
        if session.graph.nodeCount != graph.nodeCount || session.graph.relationshipCount != graph.relationshipCount {
            graph = session.graph
            cached = nil
        }
    }
}
