import EvidenceGraphCore

/// openCypher literal text of names and property values, as the Cypher export writes them.
enum CypherLiteral {
    /// A label, relationship type or property key in backticks (a backtick doubled).
    static func name(_ s: String) -> String { "`" + s.replacing("`", with: "``") + "`" }

    /// A single-quoted string literal; `\`, `'` and control characters escaped, so a literal
    /// never spans lines.
    static func string(_ s: String) -> String {
        var out = "'"
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where u.value < 0x20 || u.value == 0x7F || u.value == 0x2028 || u.value == 0x2029 || u.value == 0x85:
                let hex = String(u.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "'"
    }

    /// A storable value: a scalar, or a list of one kind (integers among floats become
    /// floats); `nil` for a value a property cannot hold in Neo4j (nested lists, nulls in a
    /// list, mixed kinds), which the export writes as its text instead.
    static func storable(_ v: PropertyValue) -> PropertyValue? {
        guard case .list(let items) = v else { return v }
        var kind: ExportColumnType? = nil
        for item in items {
            guard let t = ExportColumnType.of(item, .anyItem), t != .text else { return nil }
            if case .list = t { return nil }
            kind = kind.map { ExportColumnType.widen($0, t) } ?? t
            if kind == .text { return nil }
        }
        if kind == .double { return .list(items.map { .float($0.doubleValue ?? 0) }) }
        return v
    }

    /// A literal of a storable value (NaN and infinities as float divisions).
    static func value(_ v: PropertyValue) -> String {
        switch v {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let d) where d.isNaN: return "0.0/0.0"
        case .float(let d) where d.isInfinite: return d < 0 ? "-1.0/0.0" : "1.0/0.0"
        case .float(let d): return PropertyValue.format(d)
        case .string(let s): return string(s)
        case .date(let d): return "date(" + string(d.isoDay) + ")"
        case .list(let items): return "[" + items.map(value).joined(separator: ", ") + "]"
        }
    }

    /// A map literal `{`k`: v, …}` of the entries in their order.
    static func map(_ entries: [(String, String)]) -> String {
        "{" + entries.map { name($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}"
    }
}

extension ExportListRules {
    /// Any string can be a list item (no CSV reader involved).
    static let anyItem = ExportListRules(emptyStringIsText: false) { _ in true }
}
