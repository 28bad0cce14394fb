import EvidenceGraphCore

/// Plain text of a property value (lists as JSON-like `["a", 1]`).
enum PropertyText {
    static func text(_ v: PropertyValue) -> String {
        switch v {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let d): return "\(d)"
        case .string(let s): return s
        case .date(let d): return d.description
        case .list(let items):
            return "[" + items.map { item in
                if case .string(let s) = item { return "\"" + s.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\"" }
                return text(item)
            }.joined(separator: ", ") + "]"
        }
    }
}
