import EvidenceGraphCore

/// Conversions between values and text used by `toString`, string concatenation and results.
enum Conversion {
    /// The text `toString` gives a scalar (strings unquoted).
    static func text(_ v: Value) -> String {
        switch v {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .float(let d): return PropertyValue.format(d)
        case .bool(let b): return b ? "true" : "false"
        case .temporal(let t): return t.description
        default: return v.description
        }
    }

    /// Parses an integer the way `toInteger` does (a float string truncates); `nil` if invalid.
    static func integer(fromText s: String) -> Int64? {
        let t = s.trimmingWhitespace()
        if let i = Int64(t) { return i }
        if let d = Double(t), d.isFinite, let i = Int64(exactly: d.rounded(.towardZero)) { return i }
        return nil
    }

    /// Parses a float the way `toFloat` does; `nil` if invalid.
    static func float(fromText s: String) -> Double? { Double(s.trimmingWhitespace()) }
}

extension String {
    /// The string without leading and trailing whitespace (Foundation-free, Unicode-aware).
    func trimmingWhitespace() -> String { String(trimmingLeadingWhitespace().reversed().drop(while: \.isWhitespace).reversed()) }

    /// The string without leading whitespace.
    func trimmingLeadingWhitespace() -> String { String(drop(while: \.isWhitespace)) }

    /// The string without trailing whitespace.
    func trimmingTrailingWhitespace() -> String { String(String(reversed()).drop(while: \.isWhitespace).reversed()) }
}
