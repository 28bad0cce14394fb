/// `UNWIND list AS x`: one row per element (none for an empty list or null; a non-list
/// value gives one row).
final class UnwindOperator: PhysicalOperator {
    let expression: CompiledExpression
    let slot: Int
    let text: String
    private var items: [Value] = []
    private var position = 0

    init(input: PhysicalOperator, expression: CompiledExpression, slot: Int, text: String) {
        self.expression = expression
        self.slot = slot
        self.text = text
        super.init(children: [input])
    }

    override var name: String { "Unwind" }
    override var details: String { text }

    override func open(_ ctx: ExecutionContext) throws(QueryError) {
        try super.open(ctx)
        items = []
        position = 0
    }

    override func next(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Bool {
        while true {
            if position < items.count {
                try ctx.tick()
                row[slot] = items[position]
                position += 1
                return true
            }
            guard try children[0].produce(&row, ctx) else { return false }
            switch try expression.evaluate(&row, ctx) {
            case .null: items = []
            case .list(let l): items = l
            case let v: items = [v]
            }
            position = 0
        }
    }
}
