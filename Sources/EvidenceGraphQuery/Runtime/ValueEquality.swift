import EvidenceGraphCore

/// openCypher equality (`=`, `<>`, `IN`): ternary, with null propagation, numbers equal by
/// value across Integer and Float, and NaN equal to nothing (itself included).
enum ValueEquality {
    /// `a = b`: `true`, `false` or `nil` (null).
    static func equals(_ a: Value, _ b: Value) -> Bool? {
        switch (a, b) {
        case (.null, _), (_, .null): return nil
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.float(let x), .float(let y)): return x == y
        case (.int(let x), .float(let y)): return NumberOrder.equal(x, y)
        case (.float(let x), .int(let y)): return NumberOrder.equal(y, x)
        case (.string(let x), .string(let y)): return TextOrder.equal(x, y)
        case (.list(let x), .list(let y)):
            guard x.count == y.count else { return false }
            var unknown = false
            for i in x.indices {
                switch equals(x[i], y[i]) {
                case false?: return false
                case nil: unknown = true
                case true?: break
                }
            }
            return unknown ? nil : true
        case (.map(let x), .map(let y)):
            guard x.count == y.count else { return false }
            var unknown = false
            for (key, xv) in x {
                guard let yv = y.first(where: { $0.key == key })?.value else { return false }
                switch equals(xv, yv) {
                case false?: return false
                case nil: unknown = true
                case true?: break
                }
            }
            return unknown ? nil : true
        case (.node(let x), .node(let y)): return x == y
        case (.relationship(let x), .relationship(let y)): return x == y
        case (.path(let x), .path(let y)): return x == y
        case (.temporal(let x), .temporal(let y)): return x == y
        default: return false
        }
    }

    /// `x IN list`: `true` if some element equals `x`; null if none does but some comparison
    /// was null; else `false`.
    static func contains(_ list: [Value], _ x: Value) -> Bool? {
        var unknown = false
        for element in list {
            switch equals(x, element) {
            case true?: return true
            case nil: unknown = true
            case false?: break
            }
        }
        return unknown ? nil : false
    }
}

/// Exact comparisons between integers and floats.
enum NumberOrder {
    /// Whether integer `i` equals float `d` exactly.
    static func equal(_ i: Int64, _ d: Double) -> Bool {
        guard d.isFinite, d == d.rounded(.towardZero), abs(d) < 9.3e18 else { return false }
        return Double(i) == d && Int64(exactly: d) == i
    }

    /// Three-way comparison of an integer and a float (NaN compares as unordered → `nil`).
    static func compare(_ i: Int64, _ d: Double) -> Int? {
        if d.isNaN { return nil }
        if equal(i, d) { return 0 }
        let di = Double(i)
        if di < d { return -1 }
        if di > d { return 1 }
        // Same double but different exact values: the fraction or rounding decides.
        let t = Int64(exactly: d.rounded(.towardZero)) ?? (d < 0 ? Int64.min : Int64.max)
        return i < t ? -1 : (i > t ? 1 : (d > Double(t) ? -1 : 1))
    }
}
