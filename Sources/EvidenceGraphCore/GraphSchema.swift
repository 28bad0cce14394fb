/// Counts that describe a graph's shape: nodes per label, relationships per type, and how
/// often each property key is used. Used by `evg stats` and the REPL's `:schema`.
public struct GraphSchema: Sendable, Hashable {
    /// Label → number of nodes carrying it, sorted by label.
    public var labels: [(name: String, count: Int)]
    /// Relationship type → number of relationships, sorted by type.
    public var relationshipTypes: [(name: String, count: Int)]
    /// Property key → number of nodes and relationships using it, sorted by key.
    public var propertyKeys: [(name: String, count: Int)]

    /// Equal when every label, relationship-type and property-key count is equal, in the same order.
    public static func == (a: GraphSchema, b: GraphSchema) -> Bool {
        a.labels.elementsEqual(b.labels, by: ==) && a.relationshipTypes.elementsEqual(b.relationshipTypes, by: ==)
            && a.propertyKeys.elementsEqual(b.propertyKeys, by: ==)
    }

    /// Hashes the label and relationship-type counts (consistent with ``==(_:_:)``, which also compares
    /// the property keys).
    public func hash(into h: inout Hasher) {
        for l in labels { h.combine(l.name); h.combine(l.count) }
        for t in relationshipTypes { h.combine(t.name); h.combine(t.count) }
    }
}

extension Graph {
    /// The graph's label, relationship-type and property-key counts. O(N + M + properties).
    public var schema: GraphSchema {
        let s = storage
        let labels = s.labels.names.enumerated().map { ($0.element, s.labelMembers[$0.offset].count) }
        var typeCounts = [Int](repeating: 0, count: s.types.count)
        for t in s.relTypes { typeCounts[Int(t)] += 1 }
        var keyCounts = [Int](repeating: 0, count: s.keys.count)
        for e in s.nodeProperties.entries { keyCounts[Int(e.key)] += 1 }
        for e in s.relProperties.entries { keyCounts[Int(e.key)] += 1 }
        return GraphSchema(
            labels: labels.filter { $0.1 > 0 }.sorted { $0.0 < $1.0 },
            relationshipTypes: zip(s.types.names, typeCounts).filter { $0.1 > 0 }.sorted { $0.0 < $1.0 },
            propertyKeys: zip(s.keys.names, keyCounts).filter { $0.1 > 0 }.sorted { $0.0 < $1.0 })
    }
}
