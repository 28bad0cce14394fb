import ArgumentParser
import EvidenceGraph

/// `evg query`: run one Cypher-style query and print its result.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run a Cypher-style query (an openCypher subset) against the graph.",
        discussion: """
            Examples:
              evg query "MATCH (d:Drug)-[:TARGETS]->(t:Target {id: 'mtor'}) RETURN d.name"
              evg query --format json -f Queries/02-pi3k-akt-mtor-drugs.cypher
              evg query --param drug=everolimus "MATCH (d:Drug {id: \\$drug}) RETURN d"
              evg query "EXPLAIN MATCH (d:Drug) WHERE d.id = 'everolimus' RETURN d.name"
              echo "MATCH (t:Target) RETURN count(t) AS targets" | evg query -
            The query text '-' or -f - reads the query from standard input; -f also reads pipes \
            and process substitutions (-f <(…)). A label, relationship type or property key the \
            graph does not have is reported on standard error, with the closest known names. \
            JSON prints NaN and infinite floats as the strings "NaN", "Infinity", "-Infinity". \
            --format dot draws the nodes, relationships and paths the query returns (each node \
            linked to its source); --format svg lays that drawing out with Graphviz dot \
            (Debian package graphviz).
            Every query runs under a budget: --timeout 60 s, --max-rows 1000000, --max-memory 1000 MB
            by default (0 = no limit); --param values are evaluated under the same budget.
            """
    )

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv, dot, svg
    }

    @OptionGroup var graphOptions: GraphOptions

    @Option(help: "Output format: table, json, csv, dot (a Graphviz drawing of the nodes, relationships and paths returned) or svg (that drawing laid out by Graphviz dot).")
    var format: Format = .table

    @Option(name: .customLong("param"), help: ArgumentHelp("A query parameter as name=value; the value is a Cypher literal (1, 2.5, true, 'text', [1, 2]) or else taken as a string.", valueName: "name=value"))
    var parameters: [String] = []

    @Option(name: [.customShort("f"), .customLong("file")], help: "Read the query from a file ('-' for standard input).")
    var file: String?

    @OptionGroup var limits: QueryLimitOptions

    @Flag(help: "Refuse to run when the graph has validation errors (dangling references, duplicate ids, …).")
    var strict = false

    @Argument(help: "The query text, '-' for standard input (or use -f FILE).")
    var query: String?

    func validate() throws {
        if (query == nil) == (file == nil) {
            throw ValidationError("Give either a query or -f FILE.")
        }
    }

    func run() throws {
        let text: String
        if let file = file ?? (query == "-" ? "-" : nil) {
            guard let contents = InputReading.text(at: file) else {
                printError("evg: cannot read \(EchoText.truncated(file))")
                throw EvgExit.loadFailure
            }
            text = contents
        } else {
            text = query ?? ""
        }
        let options = limits.queryOptions
        let params: [String: Value]
        do {
            params = try ParameterParsing.parse(parameters, options: options)
        } catch let error as ValidationError {
            printError("evg: \(error.message)")
            throw ExitCode.validationFailure
        }
        let loaded = try GraphLoading.loadOrExit(graphOptions.graph, validatesSchema: !graphOptions.noSchema)
        try GraphLoading.checkValidity(loaded, strict: strict)
        do {
            let result = try loaded.graph.query(text, parameters: params, options: options)
            print(try render(result))
            let style = TerminalStyle.standardError
            for warning in NameWarnings(result.graph).warnings(for: text) { printError(style.warning(warning)) }
        } catch {
            printError(QueryErrorDisplay.render(error, in: text))
            throw EvgExit.findings
        }
    }

    func render(_ result: QueryResult) throws -> String {
        try QueryOutput.render(result, format: format)
    }
}
