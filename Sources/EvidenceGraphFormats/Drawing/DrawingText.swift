/// Text helpers shared by the drawings and the HTML report: escaping for HTML and SVG (XML),
/// and numbers as clinicians write them.
enum DrawingText {
    /// `text` safe inside HTML or SVG element content and double- or single-quoted attribute
    /// values: `&`, `<`, `>`, `"` and `'` become entities; control characters other than tab
    /// and line break (not allowed in XML) become a space.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFFFE || scalar.value == 0xFFFF { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// 86.5 → "86.5", 10.0 → "10", 0.4500000001 → "0.45" (at most 4 decimals).
    static func number(_ d: Double) -> String {
        guard d.isFinite else { return String(d) }
        if d == d.rounded() && abs(d) < 1e12 { return String(Int64(d)) }
        var s = String(format4(d))
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    private static func format4(_ d: Double) -> String {
        let scaled = (d * 10_000).rounded()
        let sign = scaled < 0 ? "-" : ""
        let a = Int64(abs(scaled))
        let frac = String(a % 10_000)
        return sign + String(a / 10_000) + "." + String(repeating: "0", count: 4 - frac.count) + frac
    }

    /// Whether `url` is a web link worth offering (http or https).
    static func isWebLink(_ url: String) -> Bool {
        url.hasPrefix("https://") || url.hasPrefix("http://")
    }
}
