import ArgumentParser
import EvidenceGraph
import Foundation

/// `evg repl`: an interactive query shell with line editing and history.
struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Interactive query shell: queries end with ';', commands start with ':'.",
        discussion: ReplSession.help
    )

    @OptionGroup var graphOptions: GraphOptions

    @Option(help: "History file (default: ~/.evg_history).")
    var history: String?

    @OptionGroup var limits: QueryLimitOptions

    @Flag(help: "Refuse to start when the graph has validation errors (dangling references, duplicate ids, …).")
    var strict = false

    func run() throws {
        let loaded = try GraphLoading.loadOrExit(graphOptions.graph, validatesSchema: !graphOptions.noSchema)
        try GraphLoading.checkValidity(loaded, strict: strict)
        printError("evg: \(loaded.graph.nodeCount) nodes, \(loaded.graph.relationshipCount) relationships loaded in \(formatDuration(loaded.loadSeconds)); \(limits.summary). Type :help for help.")
        let historyPath = history ?? ProcessInfo.processInfo.environment["HOME"].map { $0 + "/.evg_history" }
        var session = ReplSession(graph: loaded.graph, options: limits.queryOptions)
        session.limitsSummary = limits.summary
        var editor = LineEditor(historyFile: historyPath)
        var pending = ""
        while let line = editor.readLine(prompt: pending.isEmpty ? "evg> " : "...> ") {
            if pending.isEmpty, line.trimmingSpaces().hasPrefix(":") {
                editor.remember(line)
                if !session.command(line.trimmingSpaces()) { break }
                continue
            }
            pending += (pending.isEmpty ? "" : "\n") + line
            guard let end = pending.lastIndex(of: ";"), pending[pending.index(after: end)...].allSatisfy(\.isWhitespace) else {
                continue
            }
            let text = String(pending[..<end])
            editor.remember(pending)
            pending = ""
            if !text.trimmingSpaces().isEmpty { session.run(text) }
        }
    }
}

/// The REPL's state and commands, apart from terminal handling so it can be tested.
struct ReplSession {
    static let help = """
        Type a query and end it with ';' (it may span several lines). Commands:
          :help                 this text
          :schema               labels, relationship types and property keys with counts
          :format table|json|csv  output format (default table)
          :param name=value     set a query parameter ($name); :params lists them
          :limits               the timeout, row and memory limits queries run under
          :quit                 leave (also Ctrl-D)
        Keys: ←/→ move, ↑/↓ history, Ctrl-A/E line start/end, Ctrl-U/K/W delete, Ctrl-C cancel line.
        """

    var graph: Graph
    var format: QueryCommand.Format = .table
    var parameters: [String: Value] = [:]
    /// The budget each query (and each `:param` value) runs under.
    var options: QueryOptions
    /// What `:limits` prints.
    var limitsSummary = "limits: none"
    var output: (String) -> Void = { writeStandardOutput($0 + "\n") }

    init(graph: Graph, options: QueryOptions = QueryOptions()) {
        self.graph = graph
        self.options = options
    }

    /// Runs a query and prints its result and timing.
    mutating func run(_ text: String) {
        let start = monotonicSeconds()
        do {
            let result = try graph.query(text, parameters: parameters, options: options)
            let elapsed = monotonicSeconds() - start
            graph = result.graph
            switch format {
            case .table: output((result.plan.map { $0 + "\n" } ?? "") + ResultTable.text(result))
            case .json: output(ResultJSON.document(result).serialized(pretty: true))
            case .csv: output(ResultTable.csv(result))
            }
            output("(\(formatDuration(elapsed)))")
        } catch {
            output(QueryErrorDisplay.render(error, in: text))
        }
    }

    /// Handles a `:command`; returns `false` to quit.
    mutating func command(_ line: String) -> Bool {
        let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
        switch parts[0] {
        case ":quit", ":exit", ":q": return false
        case ":help": output(Self.help)
        case ":schema": output(SchemaText.render(graph.schema))
        case ":format":
            if parts.count == 2, let f = QueryCommand.Format(rawValue: parts[1].trimmingSpaces()) {
                format = f
            } else {
                output("usage: :format table|json|csv")
            }
        case ":param":
            if parts.count == 2 {
                do {
                    parameters.merge(try ParameterParsing.parse([parts[1]], options: options)) { $1 }
                } catch let error as ValidationError {
                    output("error: \(error.message)")
                } catch {
                    output("usage: :param name=value")
                }
            } else {
                output("usage: :param name=value")
            }
        case ":limits": output(limitsSummary)
        case ":params":
            for (k, v) in parameters.sorted(by: { $0.key < $1.key }) { output("\(k) = \(v.render(graph))") }
        default: output("unknown command \(EchoText.truncated(parts[0])); :help lists the commands")
        }
        return true
    }
}

/// The `:schema` listing.
enum SchemaText {
    static func render(_ schema: GraphSchema) -> String {
        func section(_ title: String, _ items: [(name: String, count: Int)]) -> String {
            let width = items.map(\.name.count).max() ?? 0
            return title + "\n" + items.map { "  " + $0.name + String(repeating: " ", count: width - $0.name.count) + "  \($0.count)" }.joined(separator: "\n")
        }
        return [
            section("Labels (nodes):", schema.labels),
            section("Relationship types:", schema.relationshipTypes),
            section("Property keys (uses):", schema.propertyKeys),
        ].joined(separator: "\n")
    }
}
