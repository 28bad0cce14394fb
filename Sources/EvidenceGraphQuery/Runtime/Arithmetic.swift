#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The binary arithmetic operators.
enum ArithmeticOperator: String, Sendable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case modulo = "%"
    case power = "^"
}

/// openCypher arithmetic: Integer op Integer stays Integer (overflow is an error), mixing with
/// Float gives Float, `+` also concatenates strings and lists, null propagates.
enum Arithmetic {
    static func apply(_ op: ArithmeticOperator, _ a: Value, _ b: Value) throws(QueryError) -> Value {
        if op == .add { return try add(a, b) }
        if a.isNull || b.isNull { return .null }
        switch (a, b) {
        case (.int(let x), .int(let y)): return try integer(op, x, y)
        case (.int(let x), .float(let y)): return .float(float(op, Double(x), y))
        case (.float(let x), .int(let y)): return .float(float(op, x, Double(y)))
        case (.float(let x), .float(let y)): return .float(float(op, x, y))
        case (.temporal, _), (_, .temporal): return try TemporalArithmetic.apply(op, a, b)
        default:
            throw .typeError("cannot apply '\(op.rawValue)' to \(a.typeName) and \(b.typeName)")
        }
    }

    static func add(_ a: Value, _ b: Value) throws(QueryError) -> Value {
        switch (a, b) {
        case (.list(let x), .list(let y)): return .list(x + y)
        case (.list(let x), _): return .list(x + [b])
        case (_, .list(let y)): return .list([a] + y)
        case (.null, _), (_, .null): return .null
        case (.string(let x), .string(let y)): return .string(x + y)
        case (.string(let x), .int), (.string(let x), .float): return .string(x + Conversion.text(b))
        case (.int, .string(let y)), (.float, .string(let y)): return .string(Conversion.text(a) + y)
        case (.int(let x), .int(let y)): return try integer(.add, x, y)
        case (.int(let x), .float(let y)): return .float(Double(x) + y)
        case (.float(let x), .int(let y)): return .float(x + Double(y))
        case (.float(let x), .float(let y)): return .float(x + y)
        case (.temporal, .temporal): return try TemporalArithmetic.apply(.add, a, b)
        default: throw .typeError("cannot add \(a.typeName) and \(b.typeName)")
        }
    }

    static func negate(_ a: Value) throws(QueryError) -> Value {
        switch a {
        case .null: return .null
        case .int(let i):
            guard i != .min else { throw .overflow("negation") }
            return .int(-i)
        case .float(let d): return .float(-d)
        default: throw .typeError("cannot negate \(a.typeName)")
        }
    }

    private static func integer(_ op: ArithmeticOperator, _ x: Int64, _ y: Int64) throws(QueryError) -> Value {
        let r: (Int64, Bool)
        switch op {
        case .add: r = x.addingReportingOverflow(y)
        case .subtract: r = x.subtractingReportingOverflow(y)
        case .multiply: r = x.multipliedReportingOverflow(by: y)
        case .divide:
            guard y != 0 else { throw QueryError(code: .arithmeticError, detail: .divisionByZero, phase: .runtime, message: "/ by zero") }
            r = x.dividedReportingOverflow(by: y)
        case .modulo:
            guard y != 0 else { throw QueryError(code: .arithmeticError, detail: .divisionByZero, phase: .runtime, message: "% by zero") }
            r = x.remainderReportingOverflow(dividingBy: y)
        case .power: return .float(pow(Double(x), Double(y)))
        }
        if r.1 { throw .overflow(op.rawValue) }
        return .int(r.0)
    }

    private static func float(_ op: ArithmeticOperator, _ x: Double, _ y: Double) -> Double {
        switch op {
        case .add: return x + y
        case .subtract: return x - y
        case .multiply: return x * y
        case .divide: return x / y
        case .modulo: return x.truncatingRemainder(dividingBy: y)
        case .power: return pow(x, y)
        }
    }
}
