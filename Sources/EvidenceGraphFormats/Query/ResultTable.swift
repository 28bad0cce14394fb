import EvidenceGraphCore
import EvidenceGraphQuery

/// Renders a result as an aligned text table for a terminal, or as CSV (RFC 4180, in
/// `ResultTable+CSV.swift`).
///
/// ```swift
/// let result = try graph.query("UNWIND ['everolimus', 'exemestane'] AS drug RETURN drug")
/// print(ResultTable.text(result))
/// // +------------+
/// // | drug       |
/// // +------------+
/// // | everolimus |
/// // | exemestane |
/// // +------------+
/// // 2 rows
/// let csv = ResultTable.csv(result)   // "drug\neverolimus\nexemestane"
/// ```
///
/// Strings print bare; every other value prints as its Cypher literal (nodes and
/// relationships with their labels, type and properties, read from `QueryResult.graph`).
///
/// - Complexity: Linear in the total length of the cells' text (the table makes two passes:
///   one for column widths, one to write).
public enum ResultTable {
    /// A boxed table with one header row and a row count, columns padded to the widest cell
    /// (width counted in characters, so Cyrillic text lines up). A cell holding line breaks
    /// spans several text lines of its row, so the grid stays intact.
    public static func text(_ result: QueryResult) -> String {
        let cells = result.rows.map { row in row.map { cellLines(cellText($0, in: result.graph)) } }
        let header = result.columns.map { cellLines($0) }
        var widths = header.map { $0.map(\.count).max() ?? 0 }
        for row in cells {
            for (i, c) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], c.map(\.count).max() ?? 0) }
        }
        let rule = "+" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "+") + "+"
        func lines(_ items: [[String]]) -> [String] {
            let height = items.map(\.count).max() ?? 1
            return (0..<height).map { k in
                "| " + zip(items, widths).map { cell, width in
                    let text = k < cell.count ? cell[k] : ""
                    return text + String(repeating: " ", count: width - text.count)
                }.joined(separator: " | ") + " |"
            }
        }
        var out = [rule] + lines(header) + [rule]
        out += cells.flatMap(lines)
        if !cells.isEmpty { out.append(rule) }
        out.append("\(cells.count) row\(cells.count == 1 ? "" : "s")")
        return out.joined(separator: "\n")
    }

    /// The text lines of a cell: split at line breaks (`\r\n`, `\n`, `\r`); tabs become spaces
    /// so that widths stay countable.
    static func cellLines(_ text: String) -> [String] {
        guard text.contains(where: { $0.isNewline || $0 == "\t" }) else { return [text] }
        return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { $0.replacingTabs() }
    }

    /// A cell: top-level strings bare, everything else as its Cypher literal.
    static func cellText(_ value: Value, in graph: Graph) -> String {
        if case .string(let s) = value { return s }
        return value.render(graph)
    }
}

extension Substring {
    fileprivate func replacingTabs() -> String {
        var out = ""
        for ch in self { out += ch == "\t" ? "    " : String(ch) }
        return out
    }
}
