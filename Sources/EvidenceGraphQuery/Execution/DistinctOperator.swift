/// Drops rows whose values in `slots` are equivalent to an earlier row's.
///
/// Rows are numbered through a `GroupTable` of encoded key words (`GroupKeyEncoder`), so
/// a duplicate costs a few integer compares; below a write (where interned references are
/// not stable) keys are compared as `[Value]`. Planned below a projection of stored
/// properties (`RETURN DISTINCT p.setting, s.id`), the key is encoded straight from the
/// properties' stored form and only distinct rows are projected.
final class DistinctOperator: PhysicalOperator {
    let slots: [Int]
    let text: String
    /// Whether the key comes from `sources` below the projection (memory is then charged by
    /// the encoded words the table keeps).
    private let encodesSources: Bool
    private let encoder: GroupKeyEncoder
    private var table: GroupTable
    private var scratch: [UInt64]
    private var seen = Set<EquivalenceKey>()
    /// Whether a write happens below (fixed by the plan), so keys are compared as values.
    private let byValue: Bool
    /// Bytes charged to the memory budget for the keys kept.
    private var held = 0

    init(input: PhysicalOperator, slots: [Int], text: String) {
        self.slots = slots
        self.text = text
        encoder = GroupKeyEncoder(sources: slots.map { .slot($0) })
        table = GroupTable(width: encoder.width)
        scratch = Array(repeating: 0, count: encoder.width)
        byValue = input.containsWrites
        encodesSources = false
        super.init(children: [input])
    }

    /// A `DISTINCT` on the values of `sources` (slots and stored properties of bound nodes
    /// and relationships), placed below the projection that computes them. Only for inputs
    /// without writes: the key is the encoded stored form.
    init(input: PhysicalOperator, sources: [GroupKeyEncoder.Source], text: String) {
        precondition(!input.containsWrites, "source-encoded DISTINCT below a write")
        slots = []
        self.text = text
        encoder = GroupKeyEncoder(sources: sources)
        table = GroupTable(width: encoder.width)
        scratch = Array(repeating: 0, count: encoder.width)
        byValue = false
        encodesSources = true
        super.init(children: [input])
    }

    override var name: String { "Distinct" }
    override var details: String { text }

    override func open(_ ctx: ExecutionContext) throws(QueryError) {
        try super.open(ctx)
        ctx.release(held)
        held = 0
        seen = []
        table = GroupTable(width: encoder.width)
        encoder.reset()
    }

    override func next(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Bool {
        if byValue { return try nextByValue(&row, ctx) }
        while try children[0].produce(&row, ctx) {
            try ctx.tick()
            let isNew = try scratch.withUnsafeMutableBufferPointer { (key) throws(QueryError) -> Bool in
                try encoder.encode(&row, ctx, into: key.baseAddress!)
                return table.group(of: key.baseAddress!).isNew
            }
            if isNew {
                try charge(row, ctx)
                return true
            }
        }
        return false
    }

    private func nextByValue(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Bool {
        // One key buffer for every row: a duplicate costs a lookup, not an allocation.
        var key = EquivalenceKey(values: [])
        key.values.reserveCapacity(slots.count)
        while try children[0].produce(&row, ctx) {
            try ctx.tick()
            key.values.removeAll(keepingCapacity: true)
            for s in slots { key.values.append(row[s]) }
            if !seen.contains(key) {
                seen.insert(EquivalenceKey(values: key.values))
                try charge(row, ctx)
                return true
            }
        }
        return false
    }

    /// Charges the key of a new distinct row to the memory budget.
    private func charge(_ row: Row, _ ctx: ExecutionContext) throws(QueryError) {
        guard ctx.tracksMemory else { return }
        var bytes = encodesSources ? 2 * 8 * encoder.width : 0
        for s in slots { bytes += MemoryEstimate.bytes(of: row[s]) }
        held += bytes
        try ctx.hold(bytes)
    }
}
