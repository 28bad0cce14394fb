import ArgumentParser
import EvidenceGraph

/// `evg stats`: counts by label and by relationship type, the load time, and (as JSON) the
/// frozen graph's memory.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Print node counts by label, relationship counts by type, and the load time.",
        discussion: "--format json adds the frozen graph's memory (Graph.memoryUsage) in bytes and per node+relationship."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @Argument(help: "Graph files or folders (default: the bundled Graph/).")
    var paths: [String] = []

    @Option(help: "Output format: table or json.")
    var format: Format = .table

    @Flag(name: .customLong("no-schema"), help: "Do not validate evidence files against the XSD while loading (GraphML never is).")
    var noSchema = false

    func run() throws {
        let loaded = try GraphLoading.loadOrExit(PositionalGraphPaths.resolveOrExit(paths, command: "stats"), validatesSchema: !noSchema)
        let g = loaded.graph
        let schema = g.schema
        if format == .json {
            print(json(loaded, schema).serialized(pretty: true))
            return
        }
        print("Loaded \(loaded.files.count) file(s) in \(formatDuration(loaded.loadSeconds))")
        print("Nodes: \(g.nodeCount)")
        printCounts(schema.labels)
        print("Relationships: \(g.relationshipCount)")
        printCounts(schema.relationshipTypes)
    }

    private func json(_ loaded: LoadedGraph, _ schema: GraphSchema) -> JSONValue {
        let g = loaded.graph
        let memory = g.memoryUsage
        let elements = max(1, g.nodeCount + g.relationshipCount)
        func counts(_ c: [(name: String, count: Int)]) -> JSONValue { .object(c.map { ($0.name, .int(Int64($0.count))) }) }
        return .object([
            ("version", .string(EvidenceGraphVersion.current)),
            ("files", .int(Int64(loaded.files.count))),
            ("loadSeconds", .double(loaded.loadSeconds)),
            ("schemaValidated", .bool(!noSchema)),
            ("nodes", .int(Int64(g.nodeCount))),
            ("relationships", .int(Int64(g.relationshipCount))),
            ("labels", counts(schema.labels)),
            ("relationshipTypes", counts(schema.relationshipTypes)),
            ("memory", .object([
                ("structureBytes", .int(Int64(memory.structureBytes))),
                ("propertyBytes", .int(Int64(memory.propertyBytes))),
                ("totalBytes", .int(Int64(memory.totalBytes))),
                ("structureBytesPerElement", .double(Double(memory.structureBytes) / Double(elements))),
                ("totalBytesPerElement", .double(Double(memory.totalBytes) / Double(elements))),
            ])),
        ])
    }

    private func printCounts(_ counts: [(name: String, count: Int)]) {
        let width = counts.map(\.name.count).max() ?? 0
        for (name, count) in counts {
            print("  " + name + String(repeating: " ", count: width - name.count) + "  " + String(count))
        }
    }
}
