import EvidenceGraphQuery

/// Turns engine errors into short causes that group alike failures in reports.
public enum FailureCause {
    /// `SyntaxError.UnknownFunction: unknown function '…'` — the class, the detail and the
    /// message with quoted names and numbers blanked, so one missing feature is one cause.
    public static func generalise(_ error: QueryError) -> String {
        let message = generalise(message: error.message)
        return "\(error.errorClass).\(error.detail)" + (message.isEmpty ? "" : ": " + message)
    }

    /// The message with quoted text replaced by `…`, digits runs by `N`, cut to 90 characters.
    public static func generalise(message: String) -> String {
        var out = ""
        var quote: Character?
        var lastWasDigit = false
        for c in message {
            if let q = quote {
                if c == q { quote = nil; out.append(q) }
                continue
            }
            if c == "'" || c == "\"" || c == "`" {
                quote = c
                out.append(c)
                out.append("…")
                lastWasDigit = false
            } else if c.isNumber {
                if !lastWasDigit { out.append("N") }
                lastWasDigit = true
            } else {
                out.append(c)
                lastWasDigit = false
            }
        }
        if quote != nil { out.append(quote!) }
        let firstLine = out.split(separator: "\n").first.map(String.init) ?? ""
        return firstLine.count > 90 ? String(firstLine.prefix(90)) + "…" : firstLine
    }
}
