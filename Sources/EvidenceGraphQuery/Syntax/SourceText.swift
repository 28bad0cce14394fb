/// Query text as an array of Unicode scalars, with the line/column arithmetic the lexer,
/// the parser (for projection column names) and caret rendering share.
struct SourceText: Sendable {
    /// The scalars of the text.
    let scalars: [Unicode.Scalar]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    var count: Int { scalars.count }

    /// The text of `offset ..< end` (offsets clamp to the text).
    func text(from offset: Int, to end: Int) -> String {
        let lower = max(0, min(offset, count)), upper = max(lower, min(end, count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lower..<upper])
        return String(view)
    }

    /// The text a span covers.
    func text(of span: SourceSpan) -> String { text(from: span.start.offset, to: span.end.offset) }

    /// The 1-based line `number` without its line break (empty when out of range).
    func line(_ number: Int) -> String {
        var current = 1, start = 0
        for (index, scalar) in scalars.enumerated() where scalar == "\n" {
            if current == number { return text(from: start, to: index).trimmingCarriageReturn }
            current += 1
            start = index + 1
        }
        return current == number ? text(from: start, to: count).trimmingCarriageReturn : ""
    }
}

extension String {
    /// Drops one trailing `\r` (a CRLF line's remainder).
    fileprivate var trimmingCarriageReturn: String {
        hasSuffix("\r") ? String(unicodeScalars.dropLast()) : self
    }
}
