import Foundation

/// Text clean-up shared by both readers: trimming, and the registry's indented text blocks
/// brought to their own left margin without changing their words or line breaks.
enum RegistryText {
    /// `text` without leading and trailing white space; `nil` when nothing is left.
    static func trimmed(_ text: String?) -> String? {
        guard let text else { return nil }
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return t.isEmpty ? nil : t
    }

    /// A text block with trailing spaces removed from every line, leading and trailing
    /// blank lines dropped and the indentation common to all non-blank lines removed.
    static func block(_ text: String?) -> String? {
        guard let text else { return nil }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            var l = line
            while let last = l.last, last == " " || last == "\t" || last == "\r" { l.removeLast() }
            return l
        }
        while let first = lines.first, first.isEmpty { lines.removeFirst() }
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        guard !lines.isEmpty else { return nil }
        let margin = lines.filter { !$0.isEmpty }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
        return lines.map { $0.isEmpty ? "" : String($0.dropFirst(margin)) }.joined(separator: "\n")
    }

    /// `text` ending in a full stop (unless it ends in `.`, `!`, `?` or `:` already), so that
    /// verbatim texts joined into one note stay apart.
    static func sentence(_ text: String) -> String {
        guard let last = text.last, !".!?:".contains(last) else { return text }
        return text + "."
    }
}
