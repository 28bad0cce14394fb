/// openCypher comparison (`<`, `<=`, `>`, `>=`): defined between numbers, between strings,
/// between booleans and between lists of comparable elements; null otherwise.
enum ValueComparison {
    /// Three-way comparison, or `nil` when the values are not comparable (or either is null).
    static func compare(_ a: Value, _ b: Value) -> Int? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.float(let x), .float(let y)):
            if x.isNaN || y.isNaN { return nil }
            return x < y ? -1 : (x > y ? 1 : 0)
        case (.int(let x), .float(let y)): return NumberOrder.compare(x, y)
        case (.float(let x), .int(let y)): return NumberOrder.compare(y, x).map { -$0 }
        case (.string(let x), .string(let y)): return TextOrder.compare(x, y)
        case (.bool(let x), .bool(let y)): return x == y ? 0 : (x ? 1 : -1)
        case (.list(let x), .list(let y)):
            for i in 0..<min(x.count, y.count) {
                guard let c = compare(x[i], y[i]) else { return nil }
                if c != 0 { return c }
            }
            return x.count < y.count ? -1 : (x.count > y.count ? 1 : 0)
        case (.temporal(let x), .temporal(let y)): return TemporalOrdering.compareForOperator(x, y)
        default: return nil
        }
    }

    /// Evaluates a comparison operator ternarily. NaN makes every comparison false.
    static func evaluate(_ op: ComparisonOperator, _ a: Value, _ b: Value) -> Bool? {
        if a.isNull || b.isNull { return nil }
        if isNaN(a) || isNaN(b), isNumber(a), isNumber(b) { return false }
        guard let c = compare(a, b) else { return nil }
        switch op {
        case .less: return c < 0
        case .lessOrEqual: return c <= 0
        case .greater: return c > 0
        case .greaterOrEqual: return c >= 0
        }
    }

    private static func isNaN(_ v: Value) -> Bool {
        if case .float(let d) = v { return d.isNaN }
        return false
    }

    private static func isNumber(_ v: Value) -> Bool {
        switch v {
        case .int, .float: return true
        default: return false
        }
    }
}

/// The ordering comparison operators.
enum ComparisonOperator: String, Sendable {
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
}
