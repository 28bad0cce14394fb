import EvidenceGraphCore

extension QueryError {
    /// Renders the error for a terminal: `line:column: class: message (Detail)`, then the
    /// offending line of `query` and a `^` under the column. Columns count characters, and
    /// tabs before the column are kept so the caret lines up.
    ///
    /// ```
    /// 2:8: SyntaxError: variable `x` not defined (UndefinedVariable)
    /// RETURN x
    ///        ^
    /// ```
    /// Errors without a position (line 0) render as their description alone.
    public func rendered(in query: String) -> String {
        let header = description + (detail.isEmpty ? "" : " (\(detail))")
        guard line > 0 else { return header }
        // A long line is shown as a window of about EchoText.limit characters around the column.
        let whole = Array(SourceText(query).line(line).unicodeScalars)
        var start = 0, end = whole.count
        if whole.count > EchoText.limit {
            start = max(0, min(column - 1 - EchoText.limit / 2, whole.count - EchoText.limit))
            end = min(whole.count, start + EchoText.limit)
        }
        let lead = start > 0 ? "…" : ""
        var sourceLine = lead
        sourceLine.unicodeScalars.append(contentsOf: whole[start..<end])
        if end < whole.count { sourceLine += "…" }
        var marker = lead.isEmpty ? "" : " "
        for scalar in whole[start..<min(end, max(start, column - 1))] {
            marker.append(scalar == "\t" ? "\t" : " ")
        }
        let padding = max(0, column - 1 - end)
        marker += String(repeating: " ", count: padding) + "^"
        return header + "\n" + sourceLine + "\n" + marker
    }
}
