/// Decodes `&#NN;` and `&#xHH;` in attribute values.
///
/// libxml2's SAX2 interface, with entity substitution off (as it must stay), hands attribute
/// values over with `&` re-escaped as `&#38;` (so `&amp;` arrives as `&#38;`); after
/// decoding, every `&` in the result came from such a reference, so decoding is exact.
enum CharacterReferences {
    static func decode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var out = ""
        var scalars = text.unicodeScalars[...]
        while let amp = scalars.firstIndex(of: "&") {
            out.unicodeScalars.append(contentsOf: scalars[..<amp])
            let rest = scalars[scalars.index(after: amp)...]
            if rest.first == "#", let semi = rest.firstIndex(of: ";") {
                var digits = String(String.UnicodeScalarView(rest[rest.index(after: rest.startIndex)..<semi]))
                var radix = 10
                if digits.first == "x" || digits.first == "X" {
                    digits.removeFirst()
                    radix = 16
                }
                if let code = UInt32(digits, radix: radix), let scalar = Unicode.Scalar(code) {
                    out.unicodeScalars.append(scalar)
                    scalars = scalars[scalars.index(after: semi)...]
                    continue
                }
            }
            out.unicodeScalars.append("&")
            scalars = rest
        }
        out.unicodeScalars.append(contentsOf: scalars)
        return out
    }
}
