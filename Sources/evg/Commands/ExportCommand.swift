import ArgumentParser
import EvidenceGraph

/// `evg export --format kuzu|neo4j|cypher|graphml`: the loaded graph for another engine.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the loaded graph for another engine (Kùzu/ladybug, Neo4j bulk import, a Cypher script, GraphML).",
        discussion: """
            kuzu (--out DIR): one node table per primary label (a node's first label) with `id` \
            as primary key and a `labels` column holding every label as `:A:B`; one rel table per \
            relationship type with a FROM/TO pair per pair of node tables. Load with the \
            statements of DIR/schema.cypher, run from DIR (Kùzu and its fork ladybug; \
            Benchmarks/kuzu_bench.py does).

            neo4j (--out DIR): `neo4j-admin database import full` CSV files, one per label set \
            (nodes/) and per relationship type (rels/), with typed headers (`id:ID`, `:LABEL`, \
            `name:string`, `n:long`, `tags:string[]` with array delimiter ';'); a column whose \
            values differ in kind becomes a string column. DIR/import.sh runs the exact command.

            cypher (--out FILE): a script of batched `UNWIND [rows] AS row CREATE …` statements \
            any openCypher database runs on an empty database; optional index statements are in \
            `// index:` comments.

            graphml (--out FILE): GraphML in the Neo4j APOC convention (labels, typed keys), \
            which `evg --graph FILE` and networkx read back.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case kuzu, neo4j, cypher, graphml }

    @OptionGroup var graphOptions: GraphOptions

    @Option(help: "Export format: kuzu, neo4j, cypher or graphml.")
    var format: Format = .kuzu

    @Option(help: "The folder (kuzu, neo4j; created if needed) or file (cypher, graphml) to write.")
    var out: String

    @Option(help: "Rows per UNWIND statement (cypher).")
    var batchSize: Int = 500

    func run() throws {
        let loaded = try GraphLoading.loadOrExit(graphOptions.graph, validatesSchema: !graphOptions.noSchema)
        let graph = loaded.graph
        do throws(ExportError) {
            switch format {
            case .kuzu:
                let s = try KuzuExport(graph: graph).write(to: out)
                for w in s.warnings { printError("evg: warning: \(w)") }
                printError("evg: wrote \(s.nodeTables) node tables, \(s.relTables) rel tables (\(s.files) files) to \(out)")
            case .neo4j:
                let s = try Neo4jExport(graph: graph).write(to: out)
                for w in s.warnings { printError("evg: warning: \(w)") }
                printError("evg: wrote \(s.nodeFiles) node files, \(s.relationshipFiles) relationship files and import.sh to \(out); load into Neo4j 5 with: sh \(out)/import.sh [DATABASE]")
            case .cypher:
                let s = try CypherExport(graph: graph, batchSize: batchSize).write(toFile: out)
                for w in s.warnings { printError("evg: warning: \(w)") }
                printError("evg: wrote \(s.statements) statements (\(s.nodes) nodes, \(s.relationships) relationships) to \(out)")
            case .graphml:
                do { try GraphMLWriter().write(graph, toFile: out) } catch { throw ExportError(error.description) }
                printError("evg: wrote \(graph.nodeCount) nodes, \(graph.relationshipCount) relationships as GraphML to \(out)")
            }
        } catch {
            printError("evg: \(error.description)")
            throw EvgExit.loadFailure
        }
    }
}
