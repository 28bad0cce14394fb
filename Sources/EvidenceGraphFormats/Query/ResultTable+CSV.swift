import EvidenceGraphQuery

extension ResultTable {
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
