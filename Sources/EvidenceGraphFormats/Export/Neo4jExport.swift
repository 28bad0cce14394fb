import EvidenceGraphCore

/// Writes a `Graph` as the CSV files of `neo4j-admin database import full` (Neo4j 5), the
/// header format the Neo4j, Memgraph and Amazon Neptune bulk loaders share, plus an `import.sh`
/// holding the exact command.
///
/// Scheme:
/// - `nodes/NAME.csv`, one file per *label set* (`Drug__Inhibitor.csv` for `:Drug:Inhibitor`,
///   `_unlabelled.csv` for nodes without labels), header `id:ID,:LABEL,…`: the node id (stored
///   by Neo4j as the string property `id`, one global id space), the labels joined by `;`, then
///   a typed column per property key of those nodes (the `id` property is the `:ID` column);
/// - `rels/TYPE.csv`, one file per relationship type, header `:START_ID,:END_ID,:TYPE,…`;
/// - column types from the values, per file: all integers `long`, integers and floats
///   `double`, `boolean`, `string`, and lists of one of those as arrays (`string[]`, …) with the
///   array delimiter `;`. **Widening rule:** a column whose values differ in kind across the
///   file's rows (an integer on one node, a string on another; a list here, a scalar there;
///   nested lists, lists holding nulls), and a string list with an item that holds `;` or is
///   empty, becomes a `string` column of each value's text (`[1, "a"]`), reported as a warning;
/// - cells: RFC 4180 fields (quoted when they hold `,` `"` or a line break, `"` doubled); an
///   absent property or an empty list is an empty cell (no property: neo4j-admin cannot tell an
///   empty array from a missing one), an empty string is `""` (neo4j-admin keeps it unless
///   `--ignore-empty-strings`). When a field holds a line break the command adds
///   `--multiline-fields=true`.
///
/// ```swift
/// let summary = try Neo4jExport(graph: graph).write(to: "out/neo4j")
/// print(summary.command)   // neo4j-admin database import full … neo4j
/// ```
public struct Neo4jExport: Sendable {
    /// The graph to export.
    public let graph: Graph

    /// An export of `graph`.
    public init(graph: Graph) { self.graph = graph }

    /// neo4j-admin's default array delimiter, named in the command for clarity.
    static let arrayDelimiter: Character = ";"

    static let listRules = ExportListRules(emptyStringIsText: false) { s in
        !s.isEmpty && !s.contains(Neo4jExport.arrayDelimiter)
    }

    /// Writes the CSV files and `import.sh` into `dir` (created if needed).
    /// - Throws: ``ExportError`` when a file or folder cannot be written, or a property key
    ///   holds `:`, which the CSV header cannot express.
    public func write(to dir: String) throws(ExportError) -> Summary {
        var summary = Summary()
        // Pass 1: files, columns and types.
        var nodeFiles: [String: ExportTable] = [:], nodeOrder: [String] = [], fileNames: Set<String> = []
        var nameOf: [String: String] = [:]
        var setOf = [String](repeating: "", count: graph.nodeCount)
        for i in graph.nodes {
            let n = NodeIndex(i)
            let labels = graph.labels(of: n)
            let key = labels.joined(separator: ":")
            setOf[i] = key
            if nodeFiles[key] == nil {
                nodeFiles[key] = ExportTable(name: labels.isEmpty ? "(no label)" : ":" + key, rules: Self.listRules)
                nodeOrder.append(key)
                nameOf[key] = uniqueName(labels.isEmpty ? "_unlabelled" : labels.map(CSVText.fileName).joined(separator: "__"), &fileNames)
            }
            nodeFiles[key]!.count += 1
            for (k, v) in graph.properties(of: n) where k != "id" { nodeFiles[key]!.see(k, v) }
        }
        var relFiles: [String: ExportTable] = [:], relOrder: [String] = [], relNames: Set<String> = []
        for r in 0..<graph.relationshipCount {
            let rel = RelationshipIndex(r)
            let type = graph.typeName(of: rel)
            if relFiles[type] == nil {
                relFiles[type] = ExportTable(name: type, rules: Self.listRules)
                relOrder.append(type)
                nameOf["\u{0}" + type] = uniqueName(CSVText.fileName(type), &relNames)
            }
            relFiles[type]!.count += 1
            for (k, v) in graph.properties(of: rel) { relFiles[type]!.see(k, v) }
        }
        for table in nodeOrder.map({ nodeFiles[$0]! }) + relOrder.map({ relFiles[$0]! }) {
            if let bad = table.columns.first(where: { $0.contains(":") }) {
                throw ExportError("\(table.name): the property key '\(bad)' holds ':', which a neo4j-admin CSV header cannot express")
            }
            summary.warnings += table.textWarnings
        }

        try ExportFiles.makeDirectory(dir)
        try ExportFiles.makeDirectory(dir + "/nodes")
        try ExportFiles.makeDirectory(dir + "/rels")
        var arguments: [String] = []

        // Pass 2: node files.
        var open: [String: BufferedFile] = [:]
        for key in nodeOrder {
            let table = nodeFiles[key]!
            let path = "nodes/" + nameOf[key]! + ".csv"
            let file = try ExportFiles.open(dir + "/" + path)
            file.write(CSVText.row(["id:ID", ":LABEL"] + header(table)))
            open[key] = file
            arguments.append("--nodes=" + path)
        }
        for i in graph.nodes {
            let n = NodeIndex(i)
            let table = nodeFiles[setOf[i]]!
            let props = Dictionary(graph.properties(of: n).map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
            var fields = [CSVText.field(graph.id(of: n)), CSVText.field(graph.labels(of: n).joined(separator: String(Self.arrayDelimiter)))]
            for c in table.columns { fields.append(cell(props[c], table.types[c]!)) }
            write(fields, to: open[setOf[i]]!, &summary)
        }
        for key in nodeOrder { try ExportFiles.close(open[key]!) }

        // Pass 3: relationship files.
        open = [:]
        for type in relOrder {
            let path = "rels/" + nameOf["\u{0}" + type]! + ".csv"
            let file = try ExportFiles.open(dir + "/" + path)
            file.write(CSVText.row([":START_ID", ":END_ID", ":TYPE"] + header(relFiles[type]!)))
            open[type] = file
            arguments.append("--relationships=" + path)
        }
        for r in 0..<graph.relationshipCount {
            let rel = RelationshipIndex(r)
            let type = graph.typeName(of: rel)
            let table = relFiles[type]!
            let props = Dictionary(graph.properties(of: rel).map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
            var fields = [CSVText.field(graph.id(of: graph.startNode(of: rel))), CSVText.field(graph.id(of: graph.endNode(of: rel))), CSVText.field(type)]
            for c in table.columns { fields.append(cell(props[c], table.types[c]!)) }
            write(fields, to: open[type]!, &summary)
        }
        for type in relOrder { try ExportFiles.close(open[type]!) }

        summary.nodeFiles = nodeOrder.count
        summary.relationshipFiles = relOrder.count
        summary.command = Self.command(arguments: arguments, multiline: summary.multilineFields)
        let script = try ExportFiles.open(dir + "/import.sh")
        script.write(Self.importScript(summary.command))
        try ExportFiles.close(script)
        return summary
    }

    /// The header fields `name:type` of a file's property columns.
    func header(_ table: ExportTable) -> [String] {
        table.columns.map { $0 + ":" + Self.neo4jType(table.types[$0]!) }
    }

    /// neo4j-admin's name of a column type.
    static func neo4jType(_ t: ExportColumnType) -> String {
        switch t {
        case .int: "long"
        case .double: "double"
        case .bool: "boolean"
        case .date: "date"
        case .string, .text: "string"
        case .list(let item): neo4jType(item) + "[]"
        }
    }

    /// One cell, already a CSV field.
    func cell(_ value: PropertyValue?, _ type: ExportColumnType) -> String {
        guard let value, !value.isNull else { return "" }
        if type == .text { return CSVText.field(PropertyText.text(value)) }
        switch value {
        case .list(let items) where items.isEmpty: return ""
        case .list(let items): return CSVText.field(items.map(scalar).joined(separator: String(Self.arrayDelimiter)))
        case .string(let s) where s.isEmpty: return "\"\""
        default: return CSVText.field(scalar(value))
        }
    }

    /// A scalar's text as neo4j-admin parses it (Java number syntax: `NaN`, `Infinity`).
    func scalar(_ v: PropertyValue) -> String {
        switch v {
        case .float(let d): PropertyValue.format(d)
        case .string(let s): s
        case .date(let d): d.isoDay
        default: PropertyText.text(v)
        }
    }

    private func write(_ fields: [String], to file: BufferedFile, _ summary: inout Summary) {
        let line = fields.joined(separator: ",")
        if !summary.multilineFields, line.contains(where: \.isNewline) { summary.multilineFields = true }
        file.write(line + "\n")
    }

    /// `name`, or `name-2`, `name-3`, … when another label set or type already has a file of that name.
    private func uniqueName(_ name: String, _ taken: inout Set<String>) -> String {
        var candidate = name, k = 1
        while taken.contains(candidate.lowercased()) { k += 1; candidate = name + "-" + String(k) }
        taken.insert(candidate.lowercased())
        return candidate
    }
}
