import EvidenceGraphCore

/// Parses GraphML `<data>` text by its key's `attr.type` (and APOC's JSON-style lists).
enum GraphMLValueParser {
    /// The value, or `nil` when the text does not fit the type.
    static func parse(_ text: String, as type: GraphMLKey.ValueType, listOf elementType: GraphMLKey.ValueType?) -> PropertyValue? {
        if let elementType { return parseList(text, elementType) }
        return scalar(text, type)
    }

    static func scalar(_ text: String, _ type: GraphMLKey.ValueType) -> PropertyValue? {
        switch type {
        case .string:
            return .string(text)
        case .int, .long:
            return Int64(text.trimmingWhitespace).map(PropertyValue.int)
        case .float, .double:
            let t = text.trimmingWhitespace
            switch t {
            case "NaN": return .float(.nan)
            case "INF", "Infinity", "inf": return .float(.infinity)
            case "-INF", "-Infinity", "-inf": return .float(-.infinity)
            default: return Double(t).map(PropertyValue.float)
            }
        case .date:
            return CalendarDate(iso: text.trimmingWhitespace).map(PropertyValue.date)
        case .boolean:
            // networkx writes True/False.
            switch text.trimmingWhitespace.lowercased() {
            case "true", "1": return .bool(true)
            case "false", "0": return .bool(false)
            default: return nil
            }
        }
    }

    /// `["a", "b"]`, `[1, 2]`, `[true]` (JSON array of scalars).
    static func parseList(_ text: String, _ type: GraphMLKey.ValueType) -> PropertyValue? {
        let t = text.trimmingWhitespace
        guard t.first == "[", t.last == "]" else { return nil }
        var items: [PropertyValue] = []
        var chars = Array(t.unicodeScalars.dropFirst().dropLast())[...]
        func skipSpace() { while let c = chars.first, c == " " || c == "\n" || c == "\t" || c == "\r" { chars.removeFirst() } }
        skipSpace()
        while !chars.isEmpty {
            if chars.first == "\"" {
                chars.removeFirst()
                var s = String.UnicodeScalarView()
                while let c = chars.first, c != "\"" {
                    chars.removeFirst()
                    if c == "\\", let e = chars.first {
                        chars.removeFirst()
                        switch e {
                        case "n": s.append("\n")
                        case "t": s.append("\t")
                        case "r": s.append("\r")
                        case "u":
                            let hex = String(String.UnicodeScalarView(chars.prefix(4)))
                            chars.removeFirst(min(4, chars.count))
                            guard let code = UInt32(hex, radix: 16), let u = Unicode.Scalar(code) else { return nil }
                            s.append(u)
                        default: s.append(e)
                        }
                    } else {
                        s.append(c)
                    }
                }
                guard chars.first == "\"" else { return nil }
                chars.removeFirst()
                if type == .date {
                    guard let d = CalendarDate(iso: String(s)) else { return nil }
                    items.append(.date(d))
                } else {
                    items.append(.string(String(s)))
                }
            } else {
                var token = String.UnicodeScalarView()
                while let c = chars.first, c != "," { token.append(c); chars.removeFirst() }
                let word = String(token).trimmingWhitespace
                if word == "null" {
                    items.append(.null)
                } else {
                    guard let v = scalar(word, type == .string ? .double : type) else { return nil }
                    items.append(v)
                }
            }
            skipSpace()
            if chars.first == "," { chars.removeFirst(); skipSpace() } else if !chars.isEmpty { return nil }
        }
        return .list(items)
    }

    /// A JSON array of plain strings (`["a", "b"]`) read from bytes into the builder; `nil`
    /// when the text is anything else (escapes, non-strings: the general parser handles it).
    static func stringList(_ raw: UnsafeRawBufferPointer, _ b: inout GraphBuilder) -> PackedValue? {
        let t = ByteValues.trimmed(raw)
        guard t.count >= 2, t[0] == UInt8(ascii: "["), t[t.count - 1] == UInt8(ascii: "]") else { return nil }
        var items: [PackedValue] = []
        var i = 1
        let end = t.count - 1
        func skipSpace() { while i < end && ByteValues.isSpace(t[i]) { i += 1 } }
        skipSpace()
        while i < end {
            guard t[i] == UInt8(ascii: "\"") else { return nil }
            let start = i + 1
            var j = start
            while j < end && t[j] != UInt8(ascii: "\"") {
                if t[j] == UInt8(ascii: "\\") { return nil }
                j += 1
            }
            guard j < end else { return nil }
            items.append(.string(b.intern(UnsafeRawBufferPointer(rebasing: t[start..<j]))))
            i = j + 1
            skipSpace()
            if i < end {
                guard t[i] == UInt8(ascii: ",") else { return nil }
                i += 1
                skipSpace()
            }
        }
        return b.makeList(items)
    }
}
