/// Registry numbers checked before they become `xs:decimal` attributes: the registry writes
/// `NA`, `>0.05` or footnoted values where no number was estimable, and those stay in notes.
enum RegistryNumber {
    /// `text` when it is a plain decimal (`-0.5`, `9.23`, `58`), else `nil`.
    static func decimal(_ text: String?) -> String? {
        guard let t = text.flatMap(RegistryText.trimmed) else { return nil }
        var digits = 0, dots = 0
        for (i, ch) in t.enumerated() {
            if ch == "-" || ch == "+" { if i != 0 { return nil } } else if ch == "." { dots += 1 } else if ch.isASCII, ch.isNumber { digits += 1 } else { return nil }
        }
        return digits > 0 && dots <= 1 && !t.hasSuffix(".") ? t : nil
    }

    /// The decimal's value.
    static func value(_ text: String?) -> Double? { decimal(text).flatMap(Double.init) }
}
