import EvidenceGraphCore

/// What the REPL's `:schema` shows, its tab completion offers and `evg serve`'s `GET /schema`
/// returns (``SchemaDocument``): per label, its property keys with their
/// value types and counts; per relationship type, the same; and the `(:A)-[:T]->(:B)`
/// patterns present with their counts. One pass over the graph: O(N + M + properties).
public struct SchemaSummary: Sendable {
    /// A property key as used by the nodes of one label (or relationships of one type).
    public struct KeyUse: Equatable, Sendable {
        /// The property key.
        public var key: String
        /// Value type names (`String`, `Integer`, `Float`, `Boolean`, `List`, `Null`) → count.
        public var types: [(name: String, count: Int)]
        /// How many nodes or relationships have the key: the sum of ``types``' counts.
        public var count: Int { types.reduce(0) { $0 + $1.count } }

        /// Whether the keys match and the type counts are equal, in order.
        public static func == (a: KeyUse, b: KeyUse) -> Bool { a.key == b.key && a.types.elementsEqual(b.types, by: ==) }
    }

    /// A label or type with its count and keys.
    public struct Entry: Sendable {
        /// The label or relationship type name.
        public var name: String
        /// How many nodes have the label, or relationships the type.
        public var count: Int
        /// The property keys used, sorted.
        public var keys: [KeyUse]
    }

    /// `(:start)-[:type]->(:end)` and how many relationships match it.
    public struct Triple: Equatable, Sendable {
        /// The start node's label, the relationship type, the end node's label (labels empty for a node without labels), and how many relationships match.
        public var start: String, type: String, end: String, count: Int
    }

    /// The node labels, sorted by name.
    public var labels: [Entry]
    /// The relationship types, sorted by name.
    public var relationshipTypes: [Entry]
    /// The `(:start)-[:type]->(:end)` patterns present, sorted by start, type and end.
    public var patterns: [Triple]

    /// Summarises `graph`.
    public init(_ graph: Graph) {
        var labelCounts: [String: Int] = [:]
        var labelKeys: [String: [String: [String: Int]]] = [:]
        for n in graph.nodes {
            let node = NodeIndex(n)
            let labels = graph.labels(of: node)
            let properties = graph.properties(of: node)
            for label in labels {
                labelCounts[label, default: 0] += 1
                for (key, value) in properties { labelKeys[label, default: [:]][key, default: [:]][Self.typeName(value), default: 0] += 1 }
            }
        }
        var typeCounts: [String: Int] = [:]
        var typeKeys: [String: [String: [String: Int]]] = [:]
        var triples: [String: Triple] = [:]
        for r in 0..<graph.relationshipCount {
            let rel = RelationshipIndex(r)
            let type = graph.typeName(of: rel)
            typeCounts[type, default: 0] += 1
            for (key, value) in graph.properties(of: rel) { typeKeys[type, default: [:]][key, default: [:]][Self.typeName(value), default: 0] += 1 }
            let starts = graph.labels(of: graph.startNode(of: rel)), ends = graph.labels(of: graph.endNode(of: rel))
            for s in starts.isEmpty ? [""] : starts {
                for e in ends.isEmpty ? [""] : ends {
                    let id = s + "\u{0}" + type + "\u{0}" + e
                    triples[id, default: Triple(start: s, type: type, end: e, count: 0)].count += 1
                }
            }
        }
        func entries(_ counts: [String: Int], _ keys: [String: [String: [String: Int]]]) -> [Entry] {
            counts.keys.sorted().map { name in
                let uses = (keys[name] ?? [:]).keys.sorted().map { key in
                    KeyUse(key: key, types: keys[name]![key]!.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
                }
                return Entry(name: name, count: counts[name]!, keys: uses)
            }
        }
        labels = entries(labelCounts, labelKeys)
        relationshipTypes = entries(typeCounts, typeKeys)
        patterns = triples.values.sorted { ($0.start, $0.type, $0.end) < ($1.start, $1.type, $1.end) }
    }

    /// The Cypher type name of a stored value.
    public static func typeName(_ value: PropertyValue) -> String {
        switch value {
        case .null: "Null"
        case .bool: "Boolean"
        case .int: "Integer"
        case .float: "Float"
        case .string: "String"
        case .date: "Date"
        case .list: "List"
        }
    }

    /// The property keys of nodes with `label` (empty when the label is unknown).
    public func keys(ofLabel label: String) -> [String] {
        labels.first { $0.name == label }?.keys.map(\.key) ?? []
    }

    /// The property keys of relationships of `type`.
    public func keys(ofType type: String) -> [String] {
        relationshipTypes.first { $0.name == type }?.keys.map(\.key) ?? []
    }

    /// The `:schema` text: labels with their keys, relationship types with theirs, then the
    /// patterns. A key used with one type reads `name: String (12)`; with several,
    /// `value: Integer 3, String 2 (5)`.
    public func rendered() -> String {
        var lines: [String] = []
        func section(_ title: String, _ entries: [Entry], _ show: (String) -> String) {
            lines.append(title)
            for entry in entries {
                lines.append("  \(show(entry.name))  \(entry.count)")
                let width = entry.keys.map(\.key.count).max() ?? 0
                for use in entry.keys {
                    let types = use.types.count == 1 ? use.types[0].name : use.types.map { "\($0.name) \($0.count)" }.joined(separator: ", ")
                    lines.append("      \(use.key):" + String(repeating: " ", count: width - use.key.count) + " \(types) (\(use.count))")
                }
            }
        }
        section("Labels (nodes):", labels) { "(:\($0))" }
        section("Relationship types:", relationshipTypes) { "[:\($0)]" }
        lines.append("Patterns:")
        let shown = patterns.map { p in
            (text: "(\(p.start.isEmpty ? "" : ":" + p.start))-[:\(p.type)]->(\(p.end.isEmpty ? "" : ":" + p.end))", count: p.count)
        }
        let width = shown.map(\.text.count).max() ?? 0
        for p in shown { lines.append("  " + p.text + String(repeating: " ", count: width - p.text.count) + "  \(p.count)") }
        return lines.joined(separator: "\n")
    }
}
