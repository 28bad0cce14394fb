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

extension CharacterReferences {
    /// Appends `raw` to `out` with `&#NN;` / `&#xHH;` decoded to UTF-8 (bytes, no `String`).
    static func decode(_ raw: UnsafeBufferPointer<UInt8>, appendingTo out: inout [UInt8]) {
        guard let amp = raw.firstIndex(of: UInt8(ascii: "&")) else {
            out.append(contentsOf: raw)
            return
        }
        out.append(contentsOf: raw[..<amp])
        var i = amp
        while i < raw.count {
            let c = raw[i]
            guard c == UInt8(ascii: "&"), i + 2 < raw.count, raw[i + 1] == UInt8(ascii: "#"),
                  let (scalar, next) = reference(raw, at: i + 2) else {
                out.append(c)
                i += 1
                continue
            }
            appendUTF8(scalar, to: &out)
            i = next
        }
    }

    /// The code point of the reference whose digits start at `i`, and the index past its `;`.
    private static func reference(_ raw: UnsafeBufferPointer<UInt8>, at start: Int) -> (UInt32, Int)? {
        var i = start
        var radix: UInt32 = 10
        if raw[i] == UInt8(ascii: "x") || raw[i] == UInt8(ascii: "X") { radix = 16; i += 1 }
        var value: UInt32 = 0
        var digits = 0
        while i < raw.count, raw[i] != UInt8(ascii: ";") {
            let c = raw[i]
            let d: UInt32
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(c - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: d = UInt32(c - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16: d = UInt32(c - UInt8(ascii: "A") + 10)
            default: return nil
            }
            value = value * radix + d
            digits += 1
            if value > 0x10FFFF { return nil }
            i += 1
        }
        guard digits > 0, i < raw.count, Unicode.Scalar(value) != nil else { return nil }
        return (value, i + 1)
    }

    private static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        switch v {
        case ..<0x80: out.append(UInt8(v))
        case ..<0x800:
            out.append(UInt8(0xC0 | (v >> 6))); out.append(UInt8(0x80 | (v & 0x3F)))
        case ..<0x10000:
            out.append(UInt8(0xE0 | (v >> 12))); out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (v >> 18))); out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }
}
