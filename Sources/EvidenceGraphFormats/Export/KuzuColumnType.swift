import EvidenceGraphCore

extension KuzuExport {
    /// A column's type, widened as values are seen.
    indirect enum ColumnType: Equatable {
        case int, double, bool, string, list(ColumnType), text

        var kuzu: String {
            switch self {
            case .int: "INT64"
            case .double: "DOUBLE"
            case .bool: "BOOLEAN"
            case .string, .text: "STRING"
            case .list(let t): t.kuzu + "[]"
            }
        }

        static func of(_ v: PropertyValue) -> ColumnType? {
            switch v {
            case .null: return nil
            case .int: return .int
            case .float: return .double
            case .bool: return .bool
            case .string(let s): return s.isEmpty ? .text : .string
            case .list(let items):
                var t: ColumnType? = nil
                for item in items {
                    guard let it = of(item), it != .text else { return .text }
                    if case .list = it { return .text }
                    if case .string = it, !listSafe(item.stringValue!) { return .text }
                    t = t.map { widen($0, it) } ?? it
                    if t == .text { return .text }
                }
                return .list(t ?? .string)
            }
        }

        static func widen(_ a: ColumnType, _ b: ColumnType) -> ColumnType {
            if a == b { return a }
            switch (a, b) {
            case (.int, .double), (.double, .int): return .double
            case (.list(let x), .list(let y)):
                let w = widen(x, y)
                return w == .text ? .text : .list(w)
            default: return .text
            }
        }

        /// Whether Kùzu's CSV list syntax `[a,b]` can hold the string unquoted.
        static func listSafe(_ s: String) -> Bool {
            !s.isEmpty && !s.contains { $0 == "," || $0 == "[" || $0 == "]" || $0 == "\"" || $0 == "'" || $0 == "{" || $0 == "}" || $0.isNewline }
                && s.first?.isWhitespace == false && s.last?.isWhitespace == false
        }
    }
}
