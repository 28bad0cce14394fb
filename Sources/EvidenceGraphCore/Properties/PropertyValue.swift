/// A value stored as a property of a node or relationship.
///
/// The graph stores the property kinds the evidence XML and GraphML can express:
/// strings, 64-bit integers, doubles, booleans, calendar dates, homogeneous or mixed lists,
/// and null.
public enum PropertyValue: Sendable, Hashable {
    /// No value (only inside lists: a property set to null is absent).
    case null
    /// A boolean.
    case bool(Bool)
    /// A 64-bit integer.
    case int(Int64)
    /// A double.
    case float(Double)
    /// A string.
    case string(String)
    /// A calendar date (the evidence XML's date attributes; a query's `date(...)` values).
    case date(CalendarDate)
    /// A list of values.
    case list([PropertyValue])

    /// The string payload, or `nil` for any other kind.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The integer payload, or `nil` for any other kind.
    public var intValue: Int64? {
        if case .int(let i) = self { return i }
        return nil
    }

    /// The numeric payload as a double (integers widen), or `nil` for non-numbers.
    public var doubleValue: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .float(let d): return d
        default: return nil
        }
    }

    /// The boolean payload, or `nil` for any other kind.
    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    /// The date payload, or `nil` for any other kind.
    public var dateValue: CalendarDate? {
        if case .date(let d) = self { return d }
        return nil
    }

    /// The list payload, or `nil` for any other kind.
    public var listValue: [PropertyValue]? {
        if case .list(let l) = self { return l }
        return nil
    }

    /// `true` for `.null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}

extension PropertyValue: CustomStringConvertible {
    /// A Cypher-literal rendering: `'text'`, `1`, `1.5`, `true`, `date('2024-07-03')`, `null`, `[1, 2]`.
    public var description: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let d): return PropertyValue.format(d)
        case .string(let s): return "'" + s.replacingAll("\\", with: "\\\\").replacingAll("'", with: "\\'") + "'"
        case .date(let d): return "date('" + d.description + "')"
        case .list(let l): return "[" + l.map(\.description).joined(separator: ", ") + "]"
        }
    }

    /// Formats a double the way openCypher prints floats (always with a fraction or exponent).
    public static func format(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        if d == d.rounded(), abs(d) < 1e16 {
            return String(Int64(d)) + ".0"
        }
        return String(d)
    }
}

extension String {
    /// Replaces every occurrence of `target` (Foundation-free).
    @usableFromInline
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, self.contains(target) else { return self }
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
}
