/// Parses the TCK's value notation: Cypher literals (`'text'`, `"text"`, integers, floats
/// including `NaN`/`Infinity`, `true`, `false`, `null`, lists, maps) and the structural
/// notation for graph elements: nodes `(:L:M {p: 1})`, relationships `[:T {p: 1}]` and paths
/// `<(:A)-[:T]->(:B)<-[:U]-(:C)>`.
///
/// ```swift
/// let v = try TCKValueParser.parse("[1, 2.5, 'x', (:A {n: 1})]")
/// ```
package struct TCKValueParser {
    private let scalars: [Unicode.Scalar]
    private var position = 0

    /// Parses one value filling the whole of `text` (surrounding spaces allowed).
    package static func parse(_ text: String) throws(TCKValueParseError) -> TCKValue {
        var parser = TCKValueParser(scalars: Array(text.unicodeScalars))
        let value = try parser.value()
        parser.skipSpaces()
        guard parser.position == parser.scalars.count else { throw parser.error("unexpected text after the value") }
        return value
    }

    private init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    // MARK: - Values

    private mutating func value() throws(TCKValueParseError) -> TCKValue {
        skipSpaces()
        guard let c = peek() else { throw error("a value expected") }
        switch c {
        case "'", "\"": return .string(try string())
        case "[":
            if peekAfterSpaces(from: position + 1) == ":" { return .relationship(try relationship()) }
            return .list(try list())
        case "{": return .map(try map())
        case "(": return .node(try node())
        case "<": return .path(try path())
        case "-", "+", ".", "0"..."9": return try number()
        default:
            let word = identifier()
            switch word.lowercased() {
            case "null": return .null
            case "true": return .bool(true)
            case "false": return .bool(false)
            case "nan": return .float(.nan)
            case "infinity", "inf": return .float(.infinity)
            case "": throw error("a value expected")
            default: throw error("unknown word '\(word)'")
            }
        }
    }

    private mutating func list() throws(TCKValueParseError) -> [TCKValue] {
        try expect("[")
        var items: [TCKValue] = []
        skipSpaces()
        if accept("]") { return items }
        repeat {
            items.append(try value())
            skipSpaces()
        } while accept(",")
        try expect("]")
        return items
    }

    private mutating func map() throws(TCKValueParseError) -> [String: TCKValue] {
        try expect("{")
        var entries: [String: TCKValue] = [:]
        skipSpaces()
        if accept("}") { return entries }
        repeat {
            skipSpaces()
            let key = try name()
            skipSpaces()
            try expect(":")
            entries[key] = try value()
            skipSpaces()
        } while accept(",")
        try expect("}")
        return entries
    }

    private mutating func node() throws(TCKValueParseError) -> TCKNode {
        try expect("(")
        var node = TCKNode()
        skipSpaces()
        while accept(":") {
            node.labels.append(try name())
            skipSpaces()
        }
        if peek() == "{" { node.properties = try map() }
        skipSpaces()
        try expect(")")
        return node
    }

    private mutating func relationship() throws(TCKValueParseError) -> TCKRelationship {
        try expect("[")
        skipSpaces()
        try expect(":")
        var rel = TCKRelationship(type: try name())
        skipSpaces()
        if peek() == "{" { rel.properties = try map() }
        skipSpaces()
        try expect("]")
        return rel
    }

    private mutating func path() throws(TCKValueParseError) -> TCKPath {
        try expect("<")
        skipSpaces()
        var path = TCKPath(start: try node())
        while true {
            skipSpaces()
            if accept(">") { return path }
            let forward: Bool
            if accept("<") {
                try expect("-")
                forward = false
            } else {
                try expect("-")
                forward = true
            }
            let rel = try relationship()
            try expect("-")
            if forward { try expect(">") }
            skipSpaces()
            path.steps.append(.init(relationship: rel, forward: forward, node: try node()))
        }
    }

    private mutating func number() throws(TCKValueParseError) -> TCKValue {
        let start = position
        if peek() == "-" || peek() == "+" { position += 1 }
        let afterSign = position
        let word = identifier()
        if word == "Infinity" || word == "Inf" {
            return .float(scalars[start] == "-" ? -.infinity : .infinity)
        }
        if word == "NaN" { return .float(.nan) }
        position = afterSign
        var isFloat = false
        digits()
        if peek() == ".", position + 1 < scalars.count, ("0"..."9").contains(scalars[position + 1]) {
            isFloat = true
            position += 1
            digits()
        }
        if peek() == "e" || peek() == "E" {
            isFloat = true
            position += 1
            if peek() == "-" || peek() == "+" { position += 1 }
            digits()
        }
        var text = String(String.UnicodeScalarView(scalars[start..<position]))
        if text.hasPrefix("+") { text.removeFirst() }
        if isFloat {
            guard let d = Double(text) else { throw error("bad float '\(text)'") }
            return .float(d)
        }
        guard let i = Int64(text) else { throw error("bad integer '\(text)'") }
        return .int(i)
    }

    private mutating func digits() {
        while let c = peek(), ("0"..."9").contains(c) { position += 1 }
    }

    // MARK: - Names and strings

    /// A map key, label or type: an identifier or a backquoted name.
    private mutating func name() throws(TCKValueParseError) -> String {
        if accept("`") {
            var text = ""
            while true {
                guard let c = next() else { throw error("an unterminated `name`") }
                if c == "`" {
                    if accept("`") { text.unicodeScalars.append("`"); continue }
                    return text
                }
                text.unicodeScalars.append(c)
            }
        }
        let word = identifier()
        guard !word.isEmpty else { throw error("a name expected") }
        return word
    }

    private mutating func identifier() -> String {
        let start = position
        while let c = peek(), c == "_" || c.properties.isAlphabetic || ("0"..."9").contains(c) { position += 1 }
        return String(String.UnicodeScalarView(scalars[start..<position]))
    }

    private mutating func string() throws(TCKValueParseError) -> String {
        guard let quote = next() else { throw error("a string expected") }
        var text = String.UnicodeScalarView()
        while true {
            guard let c = next() else { throw error("an unterminated string") }
            if c == quote { return String(text) }
            guard c == "\\" else { text.append(c); continue }
            guard let e = next() else { throw error("an unterminated string") }
            switch e {
            case "n": text.append("\n")
            case "t": text.append("\t")
            case "r": text.append("\r")
            case "b": text.append("\u{08}")
            case "f": text.append("\u{0C}")
            case "u": text.append(try hexScalar(digits: 4))
            case "U": text.append(try hexScalar(digits: 8))
            default: text.append(e)   // \\ \' \" and anything else stand for themselves
            }
        }
    }

    private mutating func hexScalar(digits count: Int) throws(TCKValueParseError) -> Unicode.Scalar {
        guard position + count <= scalars.count,
              let code = UInt32(String(String.UnicodeScalarView(scalars[position..<position + count])), radix: 16),
              let scalar = Unicode.Scalar(code)
        else { throw error("a bad unicode escape") }
        position += count
        return scalar
    }

    // MARK: - Cursor

    private func peek() -> Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    private func peekAfterSpaces(from start: Int) -> Unicode.Scalar? {
        var p = start
        while p < scalars.count, scalars[p].properties.isWhitespace { p += 1 }
        return p < scalars.count ? scalars[p] : nil
    }

    private mutating func next() -> Unicode.Scalar? {
        defer { position += 1 }
        return peek()
    }

    private mutating func skipSpaces() {
        while let c = peek(), c.properties.isWhitespace { position += 1 }
    }

    private mutating func accept(_ c: Unicode.Scalar) -> Bool {
        guard peek() == c else { return false }
        position += 1
        return true
    }

    private mutating func expect(_ c: Unicode.Scalar) throws(TCKValueParseError) {
        guard accept(c) else { throw error("'\(c)' expected") }
    }

    private func error(_ message: String) -> TCKValueParseError {
        TCKValueParseError(text: String(String.UnicodeScalarView(scalars)), offset: position, message: message)
    }
}

/// A value in the TCK notation that could not be parsed.
package struct TCKValueParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The whole text being parsed.
    package var text: String
    /// Offset in Unicode scalars where the problem was found.
    package var offset: Int
    /// What was wrong.
    package var message: String

    package var description: String { "\(message) at offset \(offset) in \(text)" }
}
