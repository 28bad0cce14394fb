/// Drops rows whose values in `slots` are equivalent to an earlier row's.
final class DistinctOperator: PhysicalOperator {
    let slots: [Int]
    let text: String
    private var seen = Set<EquivalenceKey>()

    init(input: PhysicalOperator, slots: [Int], text: String) {
        self.slots = slots
        self.text = text
        super.init(children: [input])
    }

    override var name: String { "Distinct" }
    override var details: String { text }

    override func open(_ ctx: ExecutionContext) throws(QueryError) {
        try super.open(ctx)
        seen = []
    }

    override func next(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Bool {
        while try children[0].produce(&row, ctx) {
            try ctx.tick()
            if seen.insert(EquivalenceKey(values: slots.map { row[$0] })).inserted { return true }
        }
        return false
    }
}
