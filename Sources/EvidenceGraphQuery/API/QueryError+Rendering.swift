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
        let sourceLine = SourceText(query).line(line)
        var marker = ""
        for (index, scalar) in sourceLine.unicodeScalars.enumerated() where index < column - 1 {
            marker.append(scalar == "\t" ? "\t" : " ")
        }
        let padding = max(0, column - 1 - sourceLine.unicodeScalars.count)
        marker += String(repeating: " ", count: padding) + "^"
        return header + "\n" + sourceLine + "\n" + marker
    }
}
