import EvidenceGraphCore

/// The total order `ORDER BY` uses across all values (openCypher "orderability"), ascending:
/// maps < nodes < relationships < lists < paths < temporals < strings < booleans < numbers < null,
/// with NaN above every other number. It also defines equivalence (`DISTINCT`, grouping):
/// two values are equivalent when they order as equal (so null ≡ null, NaN ≡ NaN, 1 ≡ 1.0).
enum ValueOrdering {
    /// Three-way comparison in the global order.
    static func compare(_ a: Value, _ b: Value) -> Int {
        let ra = rank(a), rb = rank(b)
        if ra != rb { return ra < rb ? -1 : 1 }
        switch (a, b) {
        case (.map(let x), .map(let y)):
            let kx = x.sorted { $0.key < $1.key }, ky = y.sorted { $0.key < $1.key }
            for i in 0..<min(kx.count, ky.count) {
                if kx[i].key != ky[i].key { return kx[i].key < ky[i].key ? -1 : 1 }
                let c = compare(kx[i].value, ky[i].value)
                if c != 0 { return c }
            }
            return three(kx.count, ky.count)
        case (.node(let x), .node(let y)): return three(x.rawValue, y.rawValue)
        case (.relationship(let x), .relationship(let y)): return three(x.rawValue, y.rawValue)
        case (.list(let x), .list(let y)): return compareLists(x, y)
        case (.path(let x), .path(let y)):
            let c = compareLists(x.nodes.map(Value.node), y.nodes.map(Value.node))
            if c != 0 { return c }
            return compareLists(x.relationships.map(Value.relationship), y.relationships.map(Value.relationship))
        case (.string(let x), .string(let y)): return TextOrder.compare(x, y)
        case (.bool(let x), .bool(let y)): return x == y ? 0 : (x ? 1 : -1)
        case (.int(let x), .int(let y)): return three(x, y)
        case (.float(let x), .float(let y)): return compareFloats(x, y)
        case (.int(let x), .float(let y)): return y.isNaN ? -1 : (NumberOrder.compare(x, y) ?? 0)
        case (.float(let x), .int(let y)): return x.isNaN ? 1 : -(NumberOrder.compare(y, x) ?? 0)
        case (.temporal(let x), .temporal(let y)): return TemporalOrdering.order(x, y)
        default: return 0  // both null
        }
    }

    /// Whether two values are equivalent (grouping / DISTINCT).
    static func equivalent(_ a: Value, _ b: Value) -> Bool { compare(a, b) == 0 }

    private static func rank(_ v: Value) -> Int {
        switch v {
        case .map: return 0
        case .node: return 1
        case .relationship: return 2
        case .list: return 3
        case .path: return 4
        case .temporal: return 5
        case .string: return 6
        case .bool: return 7
        case .int, .float: return 8
        case .null: return 9
        }
    }

    private static func compareLists(_ x: [Value], _ y: [Value]) -> Int {
        for i in 0..<min(x.count, y.count) {
            let c = compare(x[i], y[i])
            if c != 0 { return c }
        }
        return three(x.count, y.count)
    }

    private static func compareFloats(_ x: Double, _ y: Double) -> Int {
        if x.isNaN { return y.isNaN ? 0 : 1 }
        if y.isNaN { return -1 }
        return x < y ? -1 : (x > y ? 1 : 0)
    }

    @inline(__always)
    private static func three<T: Comparable>(_ x: T, _ y: T) -> Int { x < y ? -1 : (x > y ? 1 : 0) }
}

/// A tuple of values compared by equivalence, for hash grouping and `DISTINCT`.
struct EquivalenceKey: Hashable {
    var values: [Value]

    static func == (a: EquivalenceKey, b: EquivalenceKey) -> Bool {
        guard a.values.count == b.values.count else { return false }
        for i in a.values.indices where !ValueOrdering.equivalent(a.values[i], b.values[i]) { return false }
        return true
    }

    func hash(into h: inout Hasher) {
        for v in values { EquivalenceKey.hash(v, into: &h) }
    }

    /// Hashes so that equivalent values collide: numbers hash by their double value.
    static func hash(_ v: Value, into h: inout Hasher) {
        switch v {
        case .int(let i): h.combine(7); h.combine(Double(i) == 0 ? 0 : Double(i).bitPattern)
        case .float(let d): h.combine(7); h.combine(d.isNaN ? Double.nan.bitPattern : (d == 0 ? 0 : d.bitPattern))
        case .list(let l): h.combine(3); h.combine(l.count); for e in l { hash(e, into: &h) }
        case .map(let m):
            h.combine(0); h.combine(m.count)
            for kv in m.sorted(by: { $0.key < $1.key }) { h.combine(kv.key); hash(kv.value, into: &h) }
        default: h.combine(v)
        }
    }
}
