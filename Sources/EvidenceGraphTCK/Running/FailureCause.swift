import EvidenceGraphQuery

/// Turns engine errors into short causes that group alike failures in reports.
package enum FailureCause {
    /// `SyntaxError.UndefinedVariable: variable '…' not defined` — the class, the detail and
    /// the message with quoted names and numbers blanked, so alike failures group together;
    /// quoted names stay for unknown functions and unsupported features, where the name is
    /// the point (`unknown function 'date'`).
    package static func generalise(_ error: QueryError) -> String {
        let keepNames = error.detailCode == .unknownFunction || error.detailCode == .unsupportedFeature
        let message = keepNames ? firstLine(error.message) : generalise(message: error.message)
        return "\(error.errorClass).\(error.detail)" + (message.isEmpty ? "" : ": " + message)
    }

    /// The message with quoted text replaced by `…`, digits runs by `N`, cut to 90 characters.
    package static func generalise(message: String) -> String {
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
        return firstLine(out)
    }

    /// The first line, cut to 90 characters.
    static func firstLine(_ text: String) -> String {
        let line = text.split(separator: "\n").first.map(String.init) ?? ""
        return line.count > 90 ? String(line.prefix(90)) + "…" : line
    }
}
