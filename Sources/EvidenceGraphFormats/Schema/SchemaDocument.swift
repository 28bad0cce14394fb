/// A graph's schema as JSON (`evg serve`'s `GET /schema`, `evg mcp`'s `schema` tool), made
/// from its ``SchemaSummary``:
/// `{"labels": [{"name", "count", "keys": [{"key", "count", "types": {"String": n, …}}]}],
///   "relationshipTypes": [same], "patterns": [{"start", "type", "end", "count"}],
///   "propertyKeys": [every key, sorted], "version": 1}`.
public struct SchemaDocument: Codable, Sendable, Hashable {
    /// The document's version: `version` in every document written.
    public static let currentVersion = 1

    /// A property key as used by one label or relationship type.
    public struct Key: Codable, Sendable, Hashable {
        /// The property key.
        public var key: String
        /// How many nodes or relationships of the label or type have the key.
        public var count: Int
        /// Value type name (`String`, `Integer`, `Float`, `Boolean`, `List`, `Null`) → count.
        public var types: [String: Int]
    }

    /// A label or relationship type with how many nodes or relationships have it.
    public struct Entry: Codable, Sendable, Hashable {
        /// The label or relationship type name.
        public var name: String
        /// How many nodes have the label, or relationships the type.
        public var count: Int
        /// The property keys used, sorted.
        public var keys: [Key]
    }

    /// `(:start)-[:type]->(:end)` and how many relationships match it.
    public struct Pattern: Codable, Sendable, Hashable {
        /// A label of the start node (empty for a node without labels).
        public var start: String
        /// The relationship type.
        public var type: String
        /// A label of the end node (empty for a node without labels).
        public var end: String
        /// How many relationships match the pattern.
        public var count: Int
    }

    /// The document's format version (``currentVersion``).
    public var version: Int
    /// The node labels, sorted by name.
    public var labels: [Entry]
    /// The relationship types, sorted by name.
    public var relationshipTypes: [Entry]
    /// The `(:start)-[:type]->(:end)` patterns present, sorted by start, type and end.
    public var patterns: [Pattern]
    /// Every property key of nodes and relationships, sorted.
    public var propertyKeys: [String]

    /// The document of `summary`.
    public init(_ summary: SchemaSummary) {
        func entry(_ e: SchemaSummary.Entry) -> Entry {
            Entry(name: e.name, count: e.count, keys: e.keys.map { use in
                Key(key: use.key, count: use.count, types: Dictionary(use.types.map { ($0.name, $0.count) }, uniquingKeysWith: +))
            })
        }
        version = Self.currentVersion
        labels = summary.labels.map(entry)
        relationshipTypes = summary.relationshipTypes.map(entry)
        patterns = summary.patterns.map { Pattern(start: $0.start, type: $0.type, end: $0.end, count: $0.count) }
        propertyKeys = Set((summary.labels + summary.relationshipTypes).flatMap { $0.keys.map(\.key) }).sorted()
    }

    /// The document as JSON text (keys sorted, see ``ContractJSON``).
    public func text(pretty: Bool = false) -> String {
        ContractJSON.text(self, pretty: pretty)
    }
}
