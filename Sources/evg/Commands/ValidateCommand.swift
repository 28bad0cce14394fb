import ArgumentParser
import EvidenceGraph

/// `evg validate`: load the graph and check its consistency rules.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Load the graph and check it: XML schema, references and consistency rules.",
        discussion: """
            Prints one line per finding: path:line:column: error|warning: message [rule-id].
            Exit status: 0 no errors, 1 validation errors, 2 the graph could not be loaded.
            """
    )

    @Argument(help: "Graph files or folders (default: the bundled Graph/).")
    var paths: [String] = []

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    func run() throws {
        let loaded = try GraphLoading.loadOrExit(PositionalGraphPaths.resolveOrExit(paths, command: "validate"))
        let findings = GraphValidator().validate(loaded)
        for d in findings { print(d.description) }
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.count - errors
        let summary = "\(loaded.files.count) file(s), \(loaded.graph.nodeCount) nodes, \(loaded.graph.relationshipCount) relationships: \(errors) error(s), \(warnings) warning(s)"
        printError(summary)
        if errors > 0 || (strict && warnings > 0) { throw EvgExit.findings }
    }
}
