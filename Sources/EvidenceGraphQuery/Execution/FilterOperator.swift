/// Keeps the rows for which the predicate is `true` (null and false are dropped).
final class FilterOperator: PhysicalOperator {
    let predicate: ExpressionNode
    let text: String

    init(input: PhysicalOperator, predicate: CompiledExpression, text: String) {
        self.predicate = ExpressionNode.lower(predicate)
        self.text = text
        super.init(children: [input])
    }

    override var name: String { "Filter" }
    override var details: String { text }

    override func next(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Bool {
        while try children[0].produce(&row, ctx) {
            try ctx.tick()
            if try predicate.isTrue(&row, ctx) { return true }
        }
        return false
    }
}
