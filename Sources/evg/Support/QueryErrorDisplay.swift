import EvidenceGraph

/// Shows a query error as `line:column: Class: message`, then the offending line of the
/// query with a caret under the column.
enum QueryErrorDisplay {
    static func render(_ error: any Error, in text: String) -> String {
        guard let e = error as? QueryError else { return "error: \(error)" }
        var out = "error: \(e)"
        guard e.line > 0 else { return out }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard e.line <= lines.count else { return out }
        let line = lines[e.line - 1]
        out += "\n  " + line + "\n  " + String(repeating: " ", count: max(0, e.column - 1)) + "^"
        return out
    }
}
