/// One aggregate to compute: `function([DISTINCT] argument)` into `slot`.
struct AggregateSpec {
    var function: AggregateFunction
    var isDistinct: Bool
    /// `nil` for `count(*)`.
    var argument: CompiledExpression?
    /// The percentile of `percentileDisc`/`percentileCont`.
    var parameter: CompiledExpression?
    var slot: Int
}

/// Hash aggregation: consumes its input, groups rows by the equivalence of the key
/// expressions, then emits one row per group with keys and aggregates in their slots.
/// Without keys it emits exactly one row, even for empty input.
///
/// Keys are numbered through a `GroupTable` of encoded key words (`GroupKeyEncoder`);
/// a group's key values are evaluated once, from its first row. Below a write the encoded
/// string references would not be stable, so there keys are compared as `[Value]`.
final class AggregationOperator: PhysicalOperator {
    let keys: [(slot: Int, expression: ExpressionNode)]
    let aggregates: [AggregateSpec]
    private let arguments: [ExpressionNode?]
    private let parameters: [ExpressionNode?]
    private let encoder: GroupKeyEncoder
    /// Whether a write happens below (fixed by the plan), so keys are compared as values.
    private let groupsByValue: Bool
    let text: String
    private var keyValues: [Value] = []
    private var columns: AggregateColumns
    private var position = 0
    private var consumed = false
    /// Bytes charged to the memory budget for groups and retained values.
    private var held = 0
    /// Per aggregate: whether its state keeps the values it is fed (collect, percentiles,
    /// standard deviations, DISTINCT), so they are charged.
    private let retainsValues: [Bool]

    init(input: PhysicalOperator, keys: [(slot: Int, expression: CompiledExpression)], aggregates: [AggregateSpec], text: String) {
        self.keys = keys.map { ($0.slot, ExpressionNode.lower($0.expression)) }
        self.aggregates = aggregates
        self.arguments = aggregates.map { $0.argument.map(ExpressionNode.lower) }
        self.parameters = aggregates.map { $0.parameter.map(ExpressionNode.lower) }
        self.encoder = GroupKeyEncoder(sources: keys.map { GroupKeyEncoder.source(for: $0.expression) })
        self.columns = AggregateColumns(aggregates)
        self.retainsValues = aggregates.map { spec in
            switch spec.function {
            case .collect, .percentileDisc, .percentileCont, .stDev, .stDevP: return true
            default: return spec.isDistinct
            }
        }
        self.groupsByValue = input.containsWrites
        self.text = text
        super.init(children: [input])
    }

    override var name: String { keys.isEmpty ? "Aggregation" : "HashAggregation" }
    override var details: String { text }

    override func open(_ ctx: ExecutionContext) throws(QueryError) {
        try super.open(ctx)
        ctx.release(held)
        held = 0
        keyValues = []
        columns = AggregateColumns(aggregates)
        encoder.reset()
        position = 0
        consumed = false
    }

    private func consume(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) {
        if keys.isEmpty {
            columns.addGroup()
            while try children[0].produce(&row, ctx) {
                try ctx.tick()
                try accumulate(&row, group: 0, ctx)
            }
        } else if groupsByValue {
            try consumeByValue(&row, ctx)
        } else {
            try consumeByWords(&row, ctx)
        }
    }

    private func consumeByWords(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) {
        var table = GroupTable(width: encoder.width)
        let scratch = UnsafeMutablePointer<UInt64>.allocate(capacity: encoder.width)
        defer { scratch.deallocate() }
        while try children[0].produce(&row, ctx) {
            try ctx.tick()
            try encoder.encode(&row, ctx, into: scratch)
            let (g, isNew) = table.group(of: scratch)
            if isNew { try addGroup(&row, ctx) }
            try accumulate(&row, group: g, ctx)
        }
    }

    private func consumeByValue(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) {
        var index: [EquivalenceKey: Int] = [:]
        // One key buffer reused for every row; it is copied only when a new group is stored.
        var scratch = EquivalenceKey(values: [])
        scratch.values.reserveCapacity(keys.count)
        while try children[0].produce(&row, ctx) {
            try ctx.tick()
            scratch.values.removeAll(keepingCapacity: true)
            for k in keys { scratch.values.append(try k.expression.evaluate(&row, ctx)) }
            let g: Int
            if let existing = index[scratch] {
                g = existing
            } else {
                g = columns.groupCount
                index[scratch] = g
                keyValues += scratch.values
                columns.addGroup()
                try chargeGroup(keys: scratch.values, ctx)
            }
            try accumulate(&row, group: g, ctx)
        }
    }

    /// Starts a group with the key values of the row in the buffer.
    private func addGroup(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) {
        for k in keys { keyValues.append(try k.expression.evaluate(&row, ctx)) }
        columns.addGroup()
        if ctx.tracksMemory { try chargeGroup(keys: keyValues[(keyValues.count - keys.count)...], ctx) }
    }

    /// Charges a new group (its key values and a fixed state per aggregate).
    private func chargeGroup(keys values: some Collection<Value>, _ ctx: ExecutionContext) throws(QueryError) {
        guard ctx.tracksMemory else { return }
        var bytes = 64 * aggregates.count
        for v in values { bytes += MemoryEstimate.bytes(of: v) }
        held += bytes
        try ctx.hold(bytes)
    }

    @inline(__always)
    private func accumulate(_ row: inout Row, group g: Int, _ ctx: ExecutionContext) throws(QueryError) {
        for i in 0..<aggregates.count {
            guard columns.needsArgument(i) else {
                try columns.add(i, group: g, .null, parameter: .null)
                continue
            }
            let v = try arguments[i]?.evaluate(&row, ctx) ?? .null
            let p = try parameters[i]?.evaluate(&row, ctx) ?? .null
            try columns.add(i, group: g, v, parameter: p)
            if retainsValues[i], ctx.tracksMemory, !v.isNull {
                let bytes = MemoryEstimate.bytes(of: v)
                held += bytes
                try ctx.hold(bytes)
            }
        }
    }

    override func next(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Bool {
        if !consumed {
            consumed = true
            try consume(&row, ctx)
        }
        guard position < columns.groupCount else { return false }
        let g = position
        position += 1
        for (i, k) in keys.enumerated() { row[k.slot] = keyValues[g * keys.count + i] }
        for (i, spec) in aggregates.enumerated() { row[spec.slot] = columns.result(i, group: g) }
        return true
    }
}
