/// Evaluates expressions into slots. All expressions are evaluated before any slot is
/// written, so `WITH a AS b, b AS a` swaps correctly.
final class ProjectionOperator: PhysicalOperator {
    let assignments: [(slot: Int, expression: ExpressionNode)]
    let text: String
    private var scratch: [Value] = []

    init(input: PhysicalOperator, assignments: [(slot: Int, expression: CompiledExpression)], text: String) {
        self.assignments = assignments.map { ($0.slot, ExpressionNode.lower($0.expression)) }
        self.text = text
        super.init(children: [input])
    }

    override var name: String { "Projection" }
    override var details: String { text }

    override func next(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Bool {
        guard try children[0].produce(&row, ctx) else { return false }
        if assignments.count == 1 {
            row[assignments[0].slot] = try assignments[0].expression.evaluate(&row, ctx)
            return true
        }
        scratch.removeAll(keepingCapacity: true)
        for a in assignments { scratch.append(try a.expression.evaluate(&row, ctx)) }
        for (i, a) in assignments.enumerated() { row[a.slot] = scratch[i] }
        return true
    }
}
