/// The arithmetic operators on temporal values: instant ± duration, duration ± duration,
/// duration × number, number × duration and duration ÷ number.
enum TemporalArithmetic {
    static func apply(_ op: ArithmeticOperator, _ a: Value, _ b: Value) throws(QueryError) -> Value {
        switch (op, a, b) {
        case (.add, .temporal(let t), .temporal(.duration(let d))): return .temporal(try TemporalMath.add(t, d))
        case (.add, .temporal(.duration(let d)), .temporal(let t)): return .temporal(try TemporalMath.add(t, d))
        case (.subtract, .temporal(let t), .temporal(.duration(let d))): return .temporal(try TemporalMath.add(t, d.negated))
        case (.multiply, .temporal(.duration(let d)), .int(let i)), (.multiply, .int(let i), .temporal(.duration(let d))):
            return .temporal(.duration(try d.multiplied(by: i)))
        case (.multiply, .temporal(.duration(let d)), .float(let x)), (.multiply, .float(let x), .temporal(.duration(let d))):
            return .temporal(.duration(try d.multiplied(by: x)))
        case (.divide, .temporal(.duration(let d)), .int(let i)):
            return .temporal(.duration(try d.divided(by: Double(i))))
        case (.divide, .temporal(.duration(let d)), .float(let x)):
            return .temporal(.duration(try d.divided(by: x)))
        default:
            throw .typeError("cannot apply '\(op.rawValue)' to \(a.typeName) and \(b.typeName)")
        }
    }
}
