import EvidenceGraphCore

/// A value produced or consumed by a query: the property kinds plus maps, nodes,
/// relationships and paths. Nodes and relationships are indices into the result's graph.
public enum Value: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int64)
    case float(Double)
    case string(String)
    case list([Value])
    /// A map; keys keep their written order.
    case map([(key: String, value: Value)])
    case node(NodeIndex)
    case relationship(RelationshipIndex)
    case path(PathValue)
    /// A `date`, `localtime`, `time`, `localdatetime`, `datetime` or `duration`. Boxed
    /// (`indirect`), so that `Value` stays 24 bytes: a temporal's fields take 41.
    indirect case temporal(TemporalValue)

    /// Structural equality, for `Hashable` use (sets, dictionaries, tests) — not Cypher's `=`: `null ==
    /// null`, NaN equals NaN, `1` and `1.0` differ, strings compare by UTF-8 bytes, maps ignore key
    /// order.
    public static func == (a: Value, b: Value) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.float(let x), .float(let y)): return x == y || (x.isNaN && y.isNaN)
        case (.string(let x), .string(let y)): return TextOrder.equal(x, y)
        case (.list(let x), .list(let y)): return x == y
        case (.map(let x), .map(let y)):
            guard x.count == y.count else { return false }
            let dy = Dictionary(y.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
            return x.allSatisfy { dy[$0.key] == $0.value }
        case (.node(let x), .node(let y)): return x == y
        case (.relationship(let x), .relationship(let y)): return x == y
        case (.path(let x), .path(let y)): return x == y
        case (.temporal(let x), .temporal(let y)): return x == y
        default: return false
        }
    }

    /// Hashes consistently with ``==(_:_:)`` (NaNs alike, maps independent of key order).
    public func hash(into h: inout Hasher) {
        switch self {
        case .null: h.combine(0)
        case .bool(let b): h.combine(1); h.combine(b)
        case .int(let i): h.combine(2); h.combine(i)
        case .float(let d): h.combine(3); h.combine(d.isNaN ? Double.nan.bitPattern : d.bitPattern)
        case .string(let s): h.combine(4); TextOrder.hash(s, into: &h)
        case .list(let l): h.combine(5); h.combine(l)
        case .map(let m):
            h.combine(6); h.combine(m.count)
            for kv in m.sorted(by: { $0.key < $1.key }) { h.combine(kv.key); h.combine(kv.value) }
        case .node(let n): h.combine(7); h.combine(n)
        case .relationship(let r): h.combine(8); h.combine(r)
        case .path(let p): h.combine(9); h.combine(p)
        case .temporal(let t): h.combine(10); h.combine(t)
        }
    }
}

/// A path: its nodes and the relationships between consecutive nodes
/// (`relationships.count == nodes.count - 1`).
public struct PathValue: Sendable, Hashable {
    /// The path's nodes, from start to end.
    public var nodes: [NodeIndex]
    /// The relationships between consecutive nodes.
    public var relationships: [RelationshipIndex]
    /// A path; the caller keeps `relationships.count == nodes.count - 1` and each relationship joining
    /// its neighbours.
    public init(nodes: [NodeIndex], relationships: [RelationshipIndex]) {
        self.nodes = nodes
        self.relationships = relationships
    }
}

extension Value {
    /// Lifts a stored property value (a stored temporal becomes a ``TemporalValue`` again).
    public init(_ p: PropertyValue) {
        switch p {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .float(let d): self = .float(d)
        case .string(let s): self = TemporalStorage.decode(s).map(Value.temporal) ?? .string(s)
        case .date(let d): self = .temporal(.date(epochDay: d.epochDay))
        case .list(let l): self = .list(l.map(Value.init))
        }
    }
}
