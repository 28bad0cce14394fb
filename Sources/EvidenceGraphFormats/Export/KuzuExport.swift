import EvidenceGraphCore

/// Writes a `Graph` as CSV files plus a `schema.cypher` that makes Kùzu hold the same graph.
///
/// Scheme:
/// - one node table per *primary label* (a node's first label; `Unlabelled` for nodes without
///   one), with `id STRING PRIMARY KEY` (the node id), `labels STRING` (all labels as
///   `:A:B`, so multi-label nodes keep every label), and a column per property key used by
///   that table's nodes (the `id` property is the primary key and is not repeated);
/// - one rel table per relationship type, with a `FROM … TO …` pair per (start table, end
///   table) seen, one CSV per pair;
/// - column types from the values: all integers → `INT64`, numbers → `DOUBLE`, booleans →
///   `BOOLEAN`, strings → `STRING`, lists of one of those → `T[]`; anything else (mixed kinds,
///   nested lists, list items Kùzu's CSV reader cannot hold: commas, brackets, quotes, outer
///   spaces) becomes a `STRING` of the value's text, reported as a warning;
/// - absent properties are empty cells (NULL).
///
/// `schema.cypher` uses paths relative to the export folder: run it from there.
public struct KuzuExport: Sendable {
    /// The graph to export.
    public let graph: Graph

    /// An export of `graph`; nothing is written until ``write(to:)``.
    public init(graph: Graph) { self.graph = graph }

    static let unlabelled = "Unlabelled"

    /// Kùzu's name of a column type.
    static func kuzuType(_ t: ExportColumnType) -> String {
        switch t {
        case .int: "INT64"
        case .double: "DOUBLE"
        case .bool: "BOOLEAN"
        case .date: "DATE"
        case .string, .text: "STRING"
        case .list(let item): kuzuType(item) + "[]"
        }
    }

    func primaryTable(_ n: NodeIndex) -> String { graph.labels(of: n).first ?? Self.unlabelled }

    /// Writes the CSV files and `schema.cypher` into `dir` (created if needed).
    /// - Throws: ``ExportError`` when a file or folder cannot be written, or when the graph
    ///   cannot be held in Kùzu's tables (a relationship type named like a node table, a node
    ///   property named `labels`).
    public func write(to dir: String) throws(ExportError) -> Summary {
        var summary = Summary()
        // Pass 1: tables, columns and types.
        var nodeTables: [String: ExportTable] = [:], nodeOrder: [String] = []
        var tableOf = [String](repeating: "", count: graph.nodeCount)
        for i in graph.nodes {
            let n = NodeIndex(i)
            let t = primaryTable(n)
            tableOf[i] = t
            if nodeTables[t] == nil { nodeTables[t] = ExportTable(name: t, rules: Self.listRules); nodeOrder.append(t) }
            nodeTables[t]!.count += 1
            for (k, v) in graph.properties(of: n) where k != "id" { nodeTables[t]!.see(k, v) }
        }
        var relTables: [String: ExportTable] = [:], relOrder: [String] = []
        var pairs: [String: [(String, String)]] = [:]
        for r in 0..<graph.relationshipCount {
            let rel = RelationshipIndex(r)
            let type = graph.typeName(of: rel)
            if relTables[type] == nil { relTables[type] = ExportTable(name: type, rules: Self.listRules); relOrder.append(type) }
            relTables[type]!.count += 1
            let pair = (tableOf[graph.startNode(of: rel).int], tableOf[graph.endNode(of: rel).int])
            if !(pairs[type]?.contains { $0 == pair } ?? false) { pairs[type, default: []].append(pair) }
            for (k, v) in graph.properties(of: rel) { relTables[type]!.see(k, v) }
        }
        for name in relOrder where nodeTables[name] != nil {
            throw ExportError("relationship type '\(name)' has the name of a node table; Kùzu keeps one namespace for tables")
        }
        for t in nodeOrder where nodeTables[t]!.types["labels"] != nil {
            throw ExportError("nodes of '\(t)' have a property named 'labels', which the export uses for the label column")
        }
        for t in nodeOrder + relOrder { summary.warnings += (nodeTables[t] ?? relTables[t]!).textWarnings }

        try ExportFiles.makeDirectory(dir)
        try ExportFiles.makeDirectory(dir + "/nodes")
        try ExportFiles.makeDirectory(dir + "/rels")
        var schema = "// Kùzu schema and load script written by `evg export --format kuzu`; run from this folder.\n"
        var copies = ""

        // Pass 2: node files.
        var nodeFiles: [String: BufferedFile] = [:]
        for t in nodeOrder {
            let table = nodeTables[t]!
            let columns = ["`id` STRING PRIMARY KEY", "`labels` STRING"] + table.columns.map { "`\($0)` \(Self.kuzuType(table.types[$0]!))" }
            schema += "CREATE NODE TABLE `\(t)`(\(columns.joined(separator: ", ")));\n"
            let file = try ExportFiles.open(dir + "/nodes/" + CSVText.fileName(t) + ".csv")
            file.write((["id", "labels"] + table.columns).map(CSVText.field).joined(separator: ",") + "\n")
            nodeFiles[t] = file
            copies += "COPY `\(t)` FROM 'nodes/\(CSVText.fileName(t)).csv' (header=true);\n"
        }
        for i in graph.nodes {
            let n = NodeIndex(i)
            let table = nodeTables[tableOf[i]]!
            let props = Dictionary(graph.properties(of: n).map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
            var row = CSVText.field(graph.id(of: n)) + "," + CSVText.field(graph.labels(of: n).map { ":" + $0 }.joined())
            for c in table.columns { row += "," + cell(props[c], table.types[c]!) }
            nodeFiles[tableOf[i]]!.write(row + "\n")
        }
        for (_, f) in nodeFiles { try ExportFiles.close(f) }

        // Pass 3: relationship files, one per (type, start table, end table).
        var relFiles: [String: BufferedFile] = [:]
        for type in relOrder {
            let table = relTables[type]!
            let pairList = pairs[type]!.map { "FROM `\($0.0)` TO `\($0.1)`" }
            let columns = pairList + table.columns.map { "`\($0)` \(Self.kuzuType(table.types[$0]!))" }
            schema += "CREATE REL TABLE `\(type)`(\(columns.joined(separator: ", ")));\n"
            for (from, to) in pairs[type]! {
                let name = CSVText.fileName(type) + "__" + CSVText.fileName(from) + "__" + CSVText.fileName(to)
                let file = try ExportFiles.open(dir + "/rels/" + name + ".csv")
                file.write((["from", "to"] + table.columns).map(CSVText.field).joined(separator: ",") + "\n")
                relFiles[type + "\u{0}" + from + "\u{0}" + to] = file
                copies += "COPY `\(type)` FROM 'rels/\(name).csv' (header=true, from='\(from)', to='\(to)');\n"
            }
        }
        for r in 0..<graph.relationshipCount {
            let rel = RelationshipIndex(r)
            let type = graph.typeName(of: rel)
            let table = relTables[type]!
            let s = graph.startNode(of: rel), e = graph.endNode(of: rel)
            let props = Dictionary(graph.properties(of: rel).map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
            var row = CSVText.field(graph.id(of: s)) + "," + CSVText.field(graph.id(of: e))
            for c in table.columns { row += "," + cell(props[c], table.types[c]!) }
            relFiles[type + "\u{0}" + tableOf[s.int] + "\u{0}" + tableOf[e.int]]!.write(row + "\n")
        }
        for (_, f) in relFiles { try ExportFiles.close(f) }

        let script = try ExportFiles.open(dir + "/schema.cypher")
        script.write(schema + copies)
        try ExportFiles.close(script)
        summary.nodeTables = nodeOrder.count
        summary.relTables = relOrder.count
        summary.files = nodeFiles.count + relFiles.count + 1
        return summary
    }

    /// Kùzu's CSV reader keeps quotes inside list items and splits on every comma, and reads an
    /// empty cell as NULL.
    static let listRules = ExportListRules(emptyStringIsText: true) { s in
        !s.isEmpty && !s.contains { $0 == "," || $0 == "[" || $0 == "]" || $0 == "\"" || $0 == "'" || $0 == "{" || $0 == "}" || $0.isNewline }
            && s.first?.isWhitespace == false && s.last?.isWhitespace == false
    }

    func cell(_ value: PropertyValue?, _ type: ExportColumnType) -> String {
        guard let value, !value.isNull else { return "" }
        if type == .text { return CSVText.field(PropertyText.text(value)) }
        switch value {
        case .list(let items): return CSVText.field("[" + items.map { scalar($0) }.joined(separator: ",") + "]")
        default: return CSVText.field(scalar(value))
        }
    }

    func scalar(_ v: PropertyValue) -> String {
        switch v {
        case .null: return ""
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let d): return "\(d)"
        case .string(let s): return s
        case .date(let d): return d.isoDay
        case .list: return PropertyText.text(v)
        }
    }
}
