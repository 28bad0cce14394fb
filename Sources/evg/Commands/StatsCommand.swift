import ArgumentParser
import EvidenceGraph

/// `evg stats`: counts by label and by relationship type, and the load time.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Print node counts by label, relationship counts by type, and the load time."
    )

    @Argument(help: "Graph files or folders (default: the bundled Graph/).")
    var paths: [String] = []

    @Flag(name: .customLong("no-schema"), help: "Skip XSD validation of evidence files (well-formedness and references are still checked).")
    var noSchema = false

    func run() throws {
        let loaded = try GraphLoading.loadOrExit(paths, validatesSchema: !noSchema)
        let g = loaded.graph
        let schema = g.schema
        print("Loaded \(loaded.files.count) file(s) in \(formatDuration(loaded.loadSeconds))")
        print("Nodes: \(g.nodeCount)")
        printCounts(schema.labels)
        print("Relationships: \(g.relationshipCount)")
        printCounts(schema.relationshipTypes)
    }

    private func printCounts(_ counts: [(name: String, count: Int)]) {
        let width = counts.map(\.name.count).max() ?? 0
        for (name, count) in counts {
            print("  " + name + String(repeating: " ", count: width - name.count) + "  " + String(count))
        }
    }
}
