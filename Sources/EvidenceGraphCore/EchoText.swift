/// Bounds the user input that messages echo, so that a 9 MB name or attribute value does
/// not come back as a 9 MB error message.
package enum EchoText {
    /// Echoed input is cut to about this many characters.
    package static let limit = 200

    /// `text` if it has at most `limit` characters; otherwise its first `limit`
    /// characters, `…`, and how many were left out.
    package static func truncated(_ text: String, limit: Int = EchoText.limit) -> String {
        guard text.unicodeScalars.count > limit else { return text }
        let total = text.unicodeScalars.count
        let head = String(String.UnicodeScalarView(text.unicodeScalars.prefix(limit)))
        return head + "… (\(total - limit) more characters)"
    }

    /// A whole message that may embed input (a libxml2 or query message): kept if it has at
    /// most `limit + tail` characters; otherwise its first `limit` characters, a note of
    /// what was left out, and its last `tail` characters (which often name the rule broken).
    package static func boundedMessage(_ text: String, limit: Int = EchoText.limit, tail: Int = 80) -> String {
        let scalars = text.unicodeScalars
        let total = scalars.count
        guard total > limit + tail else { return text }
        let head = String(String.UnicodeScalarView(scalars.prefix(limit)))
        let end = String(String.UnicodeScalarView(scalars.suffix(tail)))
        return head + " …(\(total - limit - tail) characters omitted)… " + end
    }
}
