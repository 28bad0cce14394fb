import EvidenceGraphCore

/// Renders a result as an aligned text table for a terminal, or as CSV (RFC 4180).
public enum ResultTable {
    /// A boxed table with one header row and a row count, columns padded to the widest cell
    /// (width counted in characters, so Cyrillic text lines up).
    public static func text(_ result: QueryResult) -> String {
        let cells = result.rows.map { row in row.map { cellText($0, in: result.graph) } }
        var widths = result.columns.map(\.count)
        for row in cells {
            for (i, c) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], c.count) }
        }
        let rule = "+" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "+") + "+"
        func line(_ items: [String]) -> String {
            "| " + zip(items, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }.joined(separator: " | ") + " |"
        }
        var out = [rule, line(result.columns), rule]
        out += cells.map(line)
        if !cells.isEmpty { out.append(rule) }
        out.append("\(cells.count) row\(cells.count == 1 ? "" : "s")")
        return out.joined(separator: "\n")
    }

    /// A cell: top-level strings bare, everything else as its Cypher literal.
    static func cellText(_ value: Value, in graph: Graph) -> String {
        if case .string(let s) = value { return s }
        return value.render(graph)
    }

    /// CSV with a header row; strings bare, other values in their literal text, quoted when needed.
    public static func csv(_ result: QueryResult) -> String {
        func field(_ s: String) -> String {
            if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                return "\"" + s.replacingAllQuotes() + "\""
            }
            return s
        }
        var lines = [result.columns.map(field).joined(separator: ",")]
        for row in result.rows {
            lines.append(row.map { v -> String in
                if case .null = v { return "" }
                return field(cellText(v, in: result.graph))
            }.joined(separator: ","))
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    fileprivate func replacingAllQuotes() -> String {
        var out = ""
        for ch in self { out += ch == "\"" ? "\"\"" : String(ch) }
        return out
    }
}
