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
        // One key buffer for every row: a duplicate costs a lookup, not an allocation.
        var scratch = EquivalenceKey(values: [])
        scratch.values.reserveCapacity(slots.count)
        while try children[0].produce(&row, ctx) {
            try ctx.tick()
            scratch.values.removeAll(keepingCapacity: true)
            for s in slots { scratch.values.append(row[s]) }
            if !seen.contains(scratch) {
                seen.insert(EquivalenceKey(values: scratch.values))
                return true
            }
        }
        return false
    }
}
