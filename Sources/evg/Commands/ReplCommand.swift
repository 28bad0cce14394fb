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

    @Flag(inversion: .prefixedNo, help: "Stop at the first statement that fails, with exit status 1 (default when standard input is not a terminal).")
    var failFast: Bool?

    @OptionGroup var limits: QueryLimitOptions

    @Flag(help: "Refuse to start when the graph has validation errors (dangling references, duplicate ids, …).")
    var strict = false

    func run() throws {
        let loaded = try GraphLoading.loadOrExit(graphOptions.graph, validatesSchema: !graphOptions.noSchema)
        try GraphLoading.checkValidity(loaded, strict: strict)
        let interactive = isatty(STDIN_FILENO) != 0
        var session = ReplSession(graph: loaded.graph, options: limits.queryOptions)
        session.limitsSummary = limits.summary
        guard interactive else {
            return try ReplLoop.script(&session, failFast: failFast ?? true)
        }
        printError("evg: \(loaded.graph.nodeCount) nodes, \(loaded.graph.relationshipCount) relationships loaded in \(formatDuration(loaded.loadSeconds)); \(limits.summary). Type :help for help.")
        let historyPath = history ?? ProcessInfo.processInfo.environment["HOME"].map { $0 + "/.evg_history" }
        try ReplLoop.interactive(&session, historyFile: historyPath, failFast: failFast ?? false)
    }
}

/// The REPL's state and commands, apart from terminal handling so it can be tested.
struct ReplSession {
    static let help = """
        Type a query and end it with ';' (it may span several lines). Commands:
          :help                 this text
          :schema               labels, relationship types and property keys with counts
          :format table|json|csv|dot|svg  output format (default table)
          :param name=value     set a query parameter ($name); :params lists them
          :limits               the timeout, row and memory limits queries run under
          :quit                 leave (also Ctrl-D)
        Keys (libedit, emacs mode; ~/.editrc may rebind them): Tab completes keywords, functions,
        labels, relationship types, property keys and commands; ↑/↓ history (a multi-line query
        comes back whole), Ctrl-R search it; Home/End or Ctrl-A/E, Alt-B/F or Ctrl-←/→ by word;
        Ctrl-U/K/W delete. Ctrl-C drops the query being typed, or cancels the running one;
        Ctrl-D leaves. Without a terminal (a pipe or a file), statements are read as a script
        separated by ';', without prompts; the first failure ends it with status 1.
        """

    var graph: Graph
    var format: QueryCommand.Format = .table
    var parameters: [String: Value] = [:]
    /// The budget each query (and each `:param` value) runs under.
    var options: QueryOptions
    /// What `:limits` prints.
    var limitsSummary = "limits: none"
    var output: (String) -> Void = { writeStandardOutput($0 + "\n") }
    /// Where errors and warnings go.
    var errorOutput: (String) -> Void = { printError($0) }
    /// Whether each result is followed by its time (not in scripts).
    var showsTiming = true
    /// The unknown-name check for the current graph; made on first use.
    private var nameWarnings: NameWarnings?

    init(graph: Graph, options: QueryOptions = QueryOptions()) {
        self.graph = graph
        self.options = options
    }

    /// Runs a query and prints its result (and timing), Ctrl-C cancelling it at a terminal;
    /// warns on standard error about labels, types and keys the graph lacks. Returns whether
    /// the query succeeded.
    @discardableResult
    mutating func run(_ text: String) -> Bool {
        let start = monotonicSeconds()
        do {
            let result = try CancellableQuery.run(graph, text, parameters: parameters, options: options)
            let elapsed = monotonicSeconds() - start
            if result.graph.nodeCount != graph.nodeCount || result.graph.relationshipCount != graph.relationshipCount {
                nameWarnings = nil
            }
            graph = result.graph
            output(try QueryOutput.render(result, format: format, pretty: true))
            if nameWarnings == nil { nameWarnings = NameWarnings(graph) }
            let style = TerminalStyle.standardError
            for warning in nameWarnings!.warnings(for: text) { errorOutput(style.warning(warning)) }
            if showsTiming { output("(\(formatDuration(elapsed)))") }
            return true
        } catch {
            errorOutput(TerminalStyle.standardError.error(QueryErrorDisplay.render(error, in: text)))
            return false
        }
    }

    /// Handles a `:command`; returns `false` to quit.
    mutating func command(_ line: String) -> Bool {
        let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
        switch parts[0] {
        case ":quit", ":exit", ":q": return false
        case ":help": output(Self.help)
        case ":schema": output(SchemaSummary(graph).rendered())
        case ":format":
            if parts.count == 2, let f = QueryCommand.Format(rawValue: parts[1].trimmingSpaces()) {
                format = f
            } else {
                output("usage: :format table|json|csv|dot|svg")
            }
        case ":param":
            if parts.count == 2 {
                do {
                    parameters.merge(try ParameterParsing.parse([parts[1]], options: options)) { $1 }
                } catch let error as ValidationError {
                    errorOutput("error: \(error.message)")
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
