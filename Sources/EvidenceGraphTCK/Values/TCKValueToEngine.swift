import EvidenceGraphQuery

extension TCKValue {
    /// The engine value for a parameter; `nil` for nodes, relationships and paths, which a
    /// parameter table cannot hold.
    package var engineValue: Value? {
        switch self {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .float(let d): return .float(d)
        case .string(let s): return .string(s)
        case .list(let items):
            var values: [Value] = []
            for item in items {
                guard let v = item.engineValue else { return nil }
                values.append(v)
            }
            return .list(values)
        case .map(let entries):
            var pairs: [(key: String, value: Value)] = []
            for key in entries.keys.sorted() {
                guard let v = entries[key]!.engineValue else { return nil }
                pairs.append((key, v))
            }
            return .map(pairs)
        case .node, .relationship, .path:
            return nil
        }
    }
}
