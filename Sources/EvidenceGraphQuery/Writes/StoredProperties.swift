import EvidenceGraphCore

/// Turning query values into storable property values, as the write clauses need them.
enum StoredProperties {
    /// `value` as a property value for `key`; `nil` for null (which removes the property).
    /// - Throws: `TypeError` `InvalidPropertyType` for maps, nodes, relationships, paths and
    ///   nested lists.
    static func convert(_ value: Value, key: String) throws(QueryError) -> PropertyValue? {
        if value.isNull { return nil }
        guard let p = value.propertyValue else {
            throw .typeError("cannot store \(value.typeName) as property '\(key)'", detail: .invalidPropertyType)
        }
        if case .list(let items) = p, items.contains(where: { if case .list = $0 { return true } else { return false } }) {
            throw .typeError("cannot store a nested list as property '\(key)'", detail: .invalidPropertyType)
        }
        return p
    }

    /// The entries of a property map (`{…}`, or a node's or relationship's properties), null
    /// values as `nil`; `nil` for a null map.
    /// - Throws: `TypeError` when `value` is not a map, node or relationship.
    static func entries(_ value: Value, clause: String, _ graph: Graph) throws(QueryError) -> [(String, PropertyValue?)]? {
        switch value {
        case .null: return nil
        case .node(let n): return graph.properties(of: n).map { ($0.key, $0.value) }
        case .relationship(let r): return graph.properties(of: r).map { ($0.key, $0.value) }
        case .map(let entries):
            var out: [(String, PropertyValue?)] = []
            out.reserveCapacity(entries.count)
            for (k, v) in entries { out.append((k, try convert(v, key: k))) }
            return out
        default:
            throw .typeError("\(clause) properties must be a map, got \(value.typeName)", detail: .invalidArgumentType)
        }
    }
}
