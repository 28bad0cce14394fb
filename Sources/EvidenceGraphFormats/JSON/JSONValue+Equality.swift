extension JSONValue {
    /// JSON equality: objects as sets of members (order and duplicate order aside), numbers
    /// by value, so `1` and `1.0` are equal, as they are in JSON.
    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.double(let x), .double(let y)): return x == y || (x.isNaN && y.isNaN)
        case (.int(let i), .double(let d)), (.double(let d), .int(let i)): return Int64(exactly: d) == i
        case (.array(let x), .array(let y)): return x == y
        case (.object(let x), .object(let y)): return x.count == y.count && members(x) == members(y)
        default: return false
        }
    }

    /// Hashes consistently with ``==(_:_:)``: a whole-number `double` hashes as the equal `int`, an
    /// object independently of its members' order.
    public func hash(into h: inout Hasher) {
        switch self {
        case .null: h.combine(0)
        case .bool(let b): h.combine(b)
        case .string(let s): h.combine(s)
        case .int(let i): h.combine(i)
        case .double(let d):
            if let i = Int64(exactly: d) { h.combine(i) } else { h.combine(d) }
        case .array(let items): h.combine(items)
        case .object(let m): h.combine(JSONValue.members(m))
        }
    }

    /// An object's members by key (the last of a repeated key wins, as JSON readers do).
    private static func members(_ m: [(String, JSONValue)]) -> [String: JSONValue] {
        Dictionary(m, uniquingKeysWith: { _, last in last })
    }
}
