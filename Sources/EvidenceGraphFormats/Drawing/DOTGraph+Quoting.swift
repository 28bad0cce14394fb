extension DOTGraph {
    /// `text` as a DOT double-quoted string that Graphviz shows exactly as written: `"` and
    /// `\` are escaped (a backslash would otherwise start a label escape such as `\N` or
    /// `\l`), a line break becomes `\n` (a centred line in a label), other control characters
    /// a space.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": continue
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) {
                    out += " "
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Attributes whose text Graphviz reads for entities (`&amp;` shows as `&`).
    static let textAttributes: Set<String> = ["label", "xlabel", "headlabel", "taillabel", "tooltip", "edgetooltip", "labeltooltip"]
    /// Attributes Graphviz copies into SVG links unescaped.
    static let linkAttributes: Set<String> = ["URL", "href", "edgeURL", "edgehref", "labelURL", "labelhref", "headURL", "tailURL"]

    /// An attribute value as Graphviz must read it to show (or link) exactly `value`: in text
    /// attributes `&` becomes `&amp;` (Graphviz reads `&…;` entities in labels and tooltips);
    /// in link attributes `& < > " '` become entities (Graphviz 2.42 writes them into SVG as they
    /// are, which would break the XML). Other attributes are unchanged.
    public static func graphvizValue(_ value: String, of key: String) -> String {
        if linkAttributes.contains(key) { return DrawingText.escaped(value) }
        if textAttributes.contains(key) { return value.replacingAll("&", with: "&amp;") }
        return value
    }

    /// `text` broken into lines of at most about `width` characters at spaces (for labels).
    public static func wrapped(_ text: String, width: Int = 36) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if !line.isEmpty && line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}

extension String {
    fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
