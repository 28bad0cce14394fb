extension TCKValue: CustomStringConvertible {
    /// The value in the TCK's notation (`'text'`, `1.5`, `[1, 2]`, `{k: 1}`, `(:L {p: 1})`,
    /// `[:T]`, `<(:A)-[:T]->(:B)>`); map keys, labels and properties sorted.
    package var description: String { rendered(listsUnordered: false) }

    /// A text that is equal for two values exactly when the TCK considers them equal:
    /// the rendering, with list elements sorted by their own canonical text when
    /// `listsUnordered` (the "ignoring element order for lists" comparison).
    package func canonical(listsUnordered: Bool) -> String { rendered(listsUnordered: listsUnordered) }

    func rendered(listsUnordered: Bool) -> String {
        var out = ""
        render(into: &out, listsUnordered: listsUnordered)
        return out
    }

    func render(into out: inout String, listsUnordered: Bool) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .float(let d): out += Self.format(d)
        case .string(let s): out += Self.quote(s)
        case .list(let items):
            var parts = items.map { $0.rendered(listsUnordered: listsUnordered) }
            if listsUnordered { parts.sort() }
            out += "[" + parts.joined(separator: ", ") + "]"
        case .map(let entries):
            out += Self.render(entries, listsUnordered: listsUnordered, emptyAsBraces: true)
        case .node(let node): node.render(into: &out, listsUnordered: listsUnordered)
        case .relationship(let rel): rel.render(into: &out, listsUnordered: listsUnordered)
        case .path(let path):
            out += "<"
            path.start.render(into: &out, listsUnordered: listsUnordered)
            for step in path.steps {
                out += step.forward ? "-" : "<-"
                step.relationship.render(into: &out, listsUnordered: listsUnordered)
                out += step.forward ? "->" : "-"
                step.node.render(into: &out, listsUnordered: listsUnordered)
            }
            out += ">"
        }
    }

    /// `{a: 1, b: 'x'}` with keys sorted; an empty map is `{}`, or nothing for entity properties.
    static func render(_ entries: [String: TCKValue], listsUnordered: Bool, emptyAsBraces: Bool) -> String {
        if entries.isEmpty { return emptyAsBraces ? "{}" : "" }
        let parts = entries.keys.sorted().map { key in
            quoteKey(key) + ": " + entries[key]!.rendered(listsUnordered: listsUnordered)
        }
        return "{" + parts.joined(separator: ", ") + "}"
    }

    /// A float as openCypher prints it: always with a fraction or an exponent; `NaN`,
    /// `Infinity`, `-Infinity`; negative zero as `0.0` (it equals zero).
    static func format(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        if d == 0 { return "0.0" }
        let text = String(d)   // shortest text that reads back as `d`
        if text.contains(".") || text.contains("e") { return text }
        return text + ".0"
    }

    /// A single-quoted string literal, with `\`, `'` and control characters escaped.
    static func quote(_ s: String) -> String { "'" + s.backslashEscaped(also: "'") + "'" }

    /// A map key or a name, backquoted unless it is a plain identifier.
    static func quoteKey(_ key: String) -> String {
        let plain = !key.isEmpty && key.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
            && !("0"..."9").contains(key.unicodeScalars.first!)
        return plain ? key : "`" + key.replacingEvery("`", with: "``") + "`"
    }
}

extension TCKNode {
    func render(into out: inout String, listsUnordered: Bool) {
        out += "("
        out += labels.sorted().map { ":" + TCKValue.quoteKey($0) }.joined()
        let props = TCKValue.render(properties, listsUnordered: listsUnordered, emptyAsBraces: false)
        if !props.isEmpty { out += (labels.isEmpty ? "" : " ") + props }
        out += ")"
    }
}

extension TCKRelationship {
    func render(into out: inout String, listsUnordered: Bool) {
        out += "[:" + TCKValue.quoteKey(type)
        let props = TCKValue.render(properties, listsUnordered: listsUnordered, emptyAsBraces: false)
        if !props.isEmpty { out += " " + props }
        out += "]"
    }
}
