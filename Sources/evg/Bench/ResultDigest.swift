import EvidenceGraph
import Foundation

/// A digest of a query result that another engine's result can be checked against
/// (Benchmarks/kuzu_bench.py computes the same one for Kùzu).
///
/// Each value becomes canonical text: `null`, `true`/`false`, integers in decimal, floats
/// as C's `%.12g` (so `3.0` and `3` agree), strings double-quoted with `\`, `"` and newline
/// escaped, lists `[a,b]`, maps `{k:v}` by sorted key, nodes `(id)`. A row is its values
/// joined by `|`. Rows are sorted (by UTF-8 bytes) unless the query's final `RETURN` has
/// `ORDER BY`; the digest is FNV-1a 64 of the rows joined by newlines, in hex.
enum ResultDigest {
    static func digest(_ result: QueryResult, ordered: Bool) -> String {
        var rows = result.rows.map { row in row.map { canonical($0, result.graph) }.joined(separator: "|") }
        if !ordered { rows.sort { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) } }
        return fnv1a(rows.joined(separator: "\n"))
    }

    /// Whether the query's result order is defined: `ORDER BY` after its last `RETURN`.
    static func isOrdered(_ text: String) -> Bool {
        let upper = text.uppercased()
        guard let ret = upper.range(of: "RETURN", options: .backwards) else { return false }
        return upper[ret.upperBound...].range(of: #"ORDER\s+BY"#, options: .regularExpression) != nil
    }

    static func canonical(_ v: Value, _ g: Graph) -> String {
        switch v {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let d): return number(d)
        case .string(let s): return quoted(s)
        case .list(let items): return "[" + items.map { canonical($0, g) }.joined(separator: ",") + "]"
        case .map(let entries):
            return "{" + entries.sorted { $0.key < $1.key }.map { $0.key + ":" + canonical($0.value, g) }.joined(separator: ",") + "}"
        case .node(let n): return "(" + g.id(of: n) + ")"
        case .relationship(let r):
            return "[" + g.id(of: g.startNode(of: r)) + "-" + g.typeName(of: r) + "->" + g.id(of: g.endNode(of: r)) + "]"
        case .path(let p): return "<" + p.nodes.map { "(" + g.id(of: $0) + ")" }.joined(separator: ",") + ">"
        case .temporal(let t): return quoted(t.description)
        }
    }

    static func number(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        return String(format: "%.12g", d == 0 ? 0.0 : d)
    }

    static func quoted(_ s: String) -> String {
        var out = "\""
        for ch in s {
            switch ch {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default: out.append(ch)
            }
        }
        return out + "\""
    }

    /// FNV-1a 64-bit hash of the UTF-8 bytes, as 16 hex digits.
    static func fnv1a(_ s: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
