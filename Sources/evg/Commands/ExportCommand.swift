import ArgumentParser
import EvidenceGraph

/// `evg export --format kuzu`: the loaded graph as CSV files and a Kùzu schema script.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the loaded graph for another engine (Kùzu: CSV files and schema.cypher).",
        discussion: """
            Kùzu: one node table per primary label (a node's first label) with `id` as primary \
            key and a `labels` column holding every label as `:A:B`; one rel table per \
            relationship type with a FROM/TO pair per pair of node tables. Load with the \
            statements of DIR/schema.cypher, run from DIR (Benchmarks/kuzu_bench.py does).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case kuzu }

    @OptionGroup var graphOptions: GraphOptions

    @Option(help: "Export format: kuzu.")
    var format: Format = .kuzu

    @Option(help: "The folder to write (created if needed).")
    var out: String

    func run() throws {
        let loaded = try GraphLoading.loadOrExit(graphOptions.graph, validatesSchema: !graphOptions.noSchema)
        do {
            let s = try KuzuExport(graph: loaded.graph).write(to: out)
            for w in s.warnings { printError("evg: warning: \(w)") }
            printError("evg: wrote \(s.nodeTables) node tables, \(s.relTables) rel tables (\(s.files) files) to \(out)")
        } catch {
            printError("evg: \(error.description)")
            throw EvgExit.loadFailure
        }
    }
}
