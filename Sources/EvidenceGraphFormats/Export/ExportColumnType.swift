import EvidenceGraphCore

/// A CSV column's type, widened as values are seen; shared by the Kùzu and Neo4j writers,
/// which differ only in their ``ExportListRules`` and in how they name the types.
indirect enum ExportColumnType: Equatable {
    case int, double, bool, string, date, list(ExportColumnType)
    /// The value's text in a string column: mixed kinds, nested lists, or values the target's
    /// CSV reader cannot hold in their own type.
    case text

    static func of(_ v: PropertyValue, _ rules: ExportListRules) -> ExportColumnType? {
        switch v {
        case .null: return nil
        case .int: return .int
        case .float: return .double
        case .bool: return .bool
        case .date: return .date
        case .string(let s): return s.isEmpty && rules.emptyStringIsText ? .text : .string
        case .list(let items):
            var t: ExportColumnType? = nil
            for item in items {
                guard let it = of(item, rules), it != .text else { return .text }
                if case .list = it { return .text }
                if case .string(let s) = item, !rules.itemSafe(s) { return .text }
                t = t.map { widen($0, it) } ?? it
                if t == .text { return .text }
            }
            return .list(t ?? .string)
        }
    }

    static func widen(_ a: ExportColumnType, _ b: ExportColumnType) -> ExportColumnType {
        if a == b { return a }
        switch (a, b) {
        case (.int, .double), (.double, .int): return .double
        case (.list(let x), .list(let y)):
            let w = widen(x, y)
            return w == .text ? .text : .list(w)
        default: return .text
        }
    }
}

/// What a target's CSV reader can hold: whether an empty string needs the text fallback, and
/// which strings can be items of a list cell.
struct ExportListRules: Sendable {
    var emptyStringIsText: Bool
    var itemSafe: @Sendable (String) -> Bool
}
