/// `SKIP n` and/or `LIMIT n`; the counts are evaluated once when opened and must be
/// non-negative integers.
final class SkipLimitOperator: PhysicalOperator {
    let skip: CompiledExpression?
    let limit: CompiledExpression?
    /// Pull every input row even after the limit (the input has side effects).
    let drainsInput: Bool
    private var toSkip = 0
    private var remaining = Int.max

    init(input: PhysicalOperator, skip: CompiledExpression?, limit: CompiledExpression?, drainsInput: Bool = false) {
        self.skip = skip
        self.limit = limit
        self.drainsInput = drainsInput
        super.init(children: [input])
    }

    override var name: String { skip == nil ? "Limit" : (limit == nil ? "Skip" : "Skip+Limit") }

    override func open(_ ctx: ExecutionContext) throws(QueryError) {
        try super.open(ctx)
        var scratch: Row = []
        toSkip = try skip.map { e throws(QueryError) in try Self.count(try e.evaluate(&scratch, ctx), clause: "SKIP") } ?? 0
        remaining = try limit.map { e throws(QueryError) in try Self.count(try e.evaluate(&scratch, ctx), clause: "LIMIT") } ?? Int.max
    }

    override func next(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Bool {
        guard remaining > 0 else {
            if drainsInput { while try children[0].produce(&row, ctx) {} }
            return false
        }
        while toSkip > 0 {
            guard try children[0].produce(&row, ctx) else { return false }
            toSkip -= 1
        }
        guard try children[0].produce(&row, ctx) else { return false }
        remaining -= 1
        return true
    }

    /// Validates a SKIP/LIMIT count.
    static func count(_ v: Value, clause: String) throws(QueryError) -> Int {
        switch v {
        case .int(let i) where i >= 0: return Int(i)
        case .int:
            throw QueryError(code: .syntaxError, detail: .negativeIntegerArgument, phase: .runtime,
                             message: "\(clause) must not be negative")
        default:
            throw QueryError(code: .syntaxError, detail: .invalidArgumentType, phase: .runtime,
                             message: "\(clause) needs an integer, got \(v.typeName)")
        }
    }
}
