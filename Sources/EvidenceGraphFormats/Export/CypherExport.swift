import EvidenceGraphCore

/// Writes a `Graph` as an openCypher script of batched `UNWIND [literal rows] AS row CREATE …`
/// statements, which Neo4j, Memgraph, FalkorDB, evg itself and other openCypher databases run.
///
/// Scheme:
/// - nodes in batches of ``batchSize`` per label set:
///   `UNWIND [{`id`: 'a', `name`: 'A'}, …] AS row CREATE (n:`Drug`:`Inhibitor`) SET n += row;`
///   — every property, and the node id as the property `id`;
/// - relationships in batches per (type, start label, end label), ends found by id under the
///   nodes' first label: `UNWIND [{s: 'a', e: 'b', p: {…}}, …] AS row MATCH (a:`Drug` {id: row.s}),
///   (b:`Target` {id: row.e}) CREATE (a)-[r:`TARGETS`]->(b) SET r += row.p;` (without `p` and
///   `SET` when the batch has no properties);
/// - values as literals: strings single-quoted with `\` escapes (never spanning lines), floats
///   always with a fraction or exponent, NaN and infinities as `0.0/0.0`, `1.0/0.0`; a list a
///   property cannot hold (nested, holding nulls, mixed kinds) is written as its text with a
///   warning; integers among floats in a list become floats;
/// - the index statements that make the relationship batches fast are dialect-specific, so they
///   are comments: lines `// index: CREATE INDEX FOR (n:`L`) ON (n.id);` (Neo4j 5, FalkorDB;
///   Memgraph writes `CREATE INDEX ON :L(id);`), for a loader to run first if it wants;
/// - every statement ends with `;` at the end of a line and no other line does
///   (``statements(in:)`` splits a script so).
///
/// ```swift
/// let summary = try CypherExport(graph: graph).write(toFile: "graph.cypher")
/// ```
public struct CypherExport: Sendable {
    /// The graph to export.
    public let graph: Graph
    /// Rows per `UNWIND` statement.
    public var batchSize: Int

    /// An export of `graph` with `batchSize` rows per `UNWIND` statement (at least 1).
    public init(graph: Graph, batchSize: Int = 500) {
        self.graph = graph
        self.batchSize = max(1, batchSize)
    }

    /// Writes the script to the file at `path` (created or truncated).
    /// - Throws: ``ExportError`` when the file cannot be written.
    public func write(toFile path: String) throws(ExportError) -> Summary {
        let file = try ExportFiles.open(path)
        let summary = write { file.write($0) }
        try ExportFiles.close(file)
        return summary
    }

    /// The script as text.
    public func script() -> (text: String, summary: Summary) {
        var text = ""
        let summary = write { text += $0 }
        return (text, summary)
    }

    /// Streams the script to `sink` in pieces.
    public func write(to sink: (String) -> Void) -> Summary {
        var summary = Summary()
        var warned: Set<String> = []
        func literal(_ v: PropertyValue, _ owner: String, _ key: String) -> String {
            if let s = CypherLiteral.storable(v) { return CypherLiteral.value(s) }
            if warned.insert(owner + "." + key).inserted {
                summary.warnings.append("\(owner).\(key): a list a property cannot hold (nested, nulls or mixed kinds), written as its text")
            }
            return CypherLiteral.string(PropertyText.text(v))
        }
        func properties(_ props: [(key: String, value: PropertyValue)], _ owner: String) -> [(String, String)] {
            props.filter { !$0.value.isNull }.map { ($0.key, literal($0.value, owner, $0.key)) }
        }

        // Group nodes by label set and relationships by (type, start label, end label), in first-seen order.
        var nodeGroups: [[String]: [Int]] = [:], nodeOrder: [[String]] = []
        for i in graph.nodes {
            let labels = graph.labels(of: NodeIndex(i))
            if nodeGroups[labels] == nil { nodeOrder.append(labels) }
            nodeGroups[labels, default: []].append(i)
        }
        var relGroups: [[String]: [Int]] = [:], relOrder: [[String]] = []
        for r in 0..<graph.relationshipCount {
            let rel = RelationshipIndex(r)
            let key = [graph.typeName(of: rel), graph.labels(of: graph.startNode(of: rel)).first ?? "", graph.labels(of: graph.endNode(of: rel)).first ?? ""]
            if relGroups[key] == nil { relOrder.append(key) }
            relGroups[key, default: []].append(r)
        }

        sink("// openCypher script written by `evg export --format cypher`: \(graph.nodeCount) nodes, \(graph.relationshipCount) relationships.\n")
        sink("// Run the statements in order on an empty database; each ends with ';' at the end of a line.\n")
        sink("// Optional, dialect-specific indexes for the relationship batches (Neo4j 5 and FalkorDB syntax;\n")
        sink("// Memgraph: CREATE INDEX ON :Label(id);), to run first:\n")
        for label in Set(nodeOrder.compactMap(\.first)).sorted() {
            sink("// index: CREATE INDEX FOR (n:\(CypherLiteral.name(label))) ON (n.id);\n")
        }

        for labels in nodeOrder {
            let owner = labels.isEmpty ? "(no label)" : ":" + labels.joined(separator: ":")
            let pattern = "(n" + labels.map { ":" + CypherLiteral.name($0) }.joined() + ")"
            for batch in chunks(nodeGroups[labels]!) {
                let rows = batch.map { i -> String in
                    let n = NodeIndex(i)
                    let own = properties(graph.properties(of: n).filter { $0.key != "id" }, owner)
                    return CypherLiteral.map([("id", CypherLiteral.string(graph.id(of: n)))] + own)
                }
                sink("UNWIND [\n" + rows.joined(separator: ",\n") + "\n] AS row\nCREATE \(pattern) SET n += row;\n")
                summary.statements += 1
            }
        }
        for key in relOrder {
            let (type, from, to) = (key[0], key[1], key[2])
            let end = { (v: String, label: String) in "(\(v)" + (label.isEmpty ? "" : ":" + CypherLiteral.name(label)) + " {id: row.\(v == "a" ? "s" : "e")})" }
            for batch in chunks(relGroups[key]!) {
                let props = batch.map { properties(graph.properties(of: RelationshipIndex($0)), type) }
                let withProps = props.contains { !$0.isEmpty }
                let rows = zip(batch, props).map { r, p -> String in
                    let rel = RelationshipIndex(r)
                    var row = "{s: " + CypherLiteral.string(graph.id(of: graph.startNode(of: rel))) + ", e: " + CypherLiteral.string(graph.id(of: graph.endNode(of: rel)))
                    if withProps { row += ", p: " + CypherLiteral.map(p) }
                    return row + "}"
                }
                sink("UNWIND [\n" + rows.joined(separator: ",\n") + "\n] AS row\nMATCH \(end("a", from)), \(end("b", to))\n"
                     + "CREATE (a)-[r:\(CypherLiteral.name(type))]->(b)" + (withProps ? " SET r += row.p" : "") + ";\n")
                summary.statements += 1
            }
        }
        summary.nodes = graph.nodeCount
        summary.relationships = graph.relationshipCount
        return summary
    }

    private func chunks(_ items: [Int]) -> [ArraySlice<Int>] {
        stride(from: 0, to: items.count, by: batchSize).map { items[$0..<min($0 + batchSize, items.count)] }
    }

    /// The statements of a script written by this export, without comment lines and without
    /// their final `;`, in order.
    public static func statements(in script: String) -> [String] {
        var out: [String] = [], current: [Substring] = []
        for line in script.split(separator: "\n", omittingEmptySubsequences: true) {
            if current.isEmpty && line.hasPrefix("//") { continue }
            if line.hasSuffix(";") {
                current.append(line.dropLast())
                out.append(current.joined(separator: "\n"))
                current = []
            } else {
                current.append(line)
            }
        }
        return out
    }

    /// The index statements a script suggests in its `// index:` comment lines.
    public static func indexStatements(in script: String) -> [String] {
        script.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("// index: ") else { return nil }
            return String(line.dropFirst("// index: ".count).dropLast(line.hasSuffix(";") ? 1 : 0))
        }
    }
}
