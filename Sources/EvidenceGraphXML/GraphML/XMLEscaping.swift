/// Escaping for hand-written XML output. Characters XML 1.0 cannot carry (C0 controls other
/// than tab, newline and carriage return; U+FFFE, U+FFFF) become U+FFFD.
public enum XMLEscaping {
    /// Escapes text content (`&`, `<`, `>`; `\r` as a reference so it survives parsing).
    public static func text(_ s: String) -> String { escape(s, quotes: false) }

    /// Escapes an attribute value (also `"` and white space that parsing would normalise).
    public static func attribute(_ s: String) -> String { escape(s, quotes: true) }

    private static func escape(_ s: String, quotes: Bool) -> String {
        guard s.unicodeScalars.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" || $0 == "\"" || $0.value < 0x20 || $0.value == 0xFFFE || $0.value == 0xFFFF })
        else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "\r": out += "&#13;"
            case "\n" where quotes: out += "&#10;"
            case "\t" where quotes: out += "&#9;"
            case "\n", "\t": out.unicodeScalars.append(u)
            default:
                if u.value < 0x20 || u.value == 0xFFFE || u.value == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out
    }
}
