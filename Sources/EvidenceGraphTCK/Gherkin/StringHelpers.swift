/// Small Foundation-free string helpers used by the Gherkin and value parsers.
extension Substring {
    /// The substring without leading and trailing spaces, tabs and carriage returns.
    func trimmingSpaces() -> Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
        return s
    }

    /// The rest after `keyword` when the line starts with it, else `nil`.
    func dropKeyword(_ keyword: String) -> Substring? {
        hasPrefix(keyword) ? dropFirst(keyword.count) : nil
    }
}

extension String {
    /// Every occurrence of `target` replaced by `replacement`.
    func replacingEvery(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var result = ""
        var rest = Substring(self)
        while let r = rest.firstRange(of: target) {
            result += rest[rest.startIndex..<r.lowerBound]
            result += replacement
            rest = rest[r.upperBound...]
        }
        result += rest
        return result
    }

    /// The text with `\`, newline, tab, carriage return and `quote` (if given) backslash-escaped.
    func backslashEscaped(also quote: Unicode.Scalar?) -> String {
        var out = ""
        for c in unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case quote: out += "\\" + String(c)
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
