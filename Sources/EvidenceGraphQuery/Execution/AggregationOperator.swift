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
final class AggregationOperator: PhysicalOperator {
    let keys: [(slot: Int, expression: CompiledExpression)]
    let aggregates: [AggregateSpec]
    let text: String
    private var groups: [(keys: [Value], states: [AggregateState])] = []
    private var position = 0
    private var consumed = false

    init(input: PhysicalOperator, keys: [(slot: Int, expression: CompiledExpression)], aggregates: [AggregateSpec], text: String) {
        self.keys = keys
        self.aggregates = aggregates
        self.text = text
        super.init(children: [input])
    }

    override var name: String { keys.isEmpty ? "Aggregation" : "HashAggregation" }
    override var details: String { text }

    override func open(_ ctx: ExecutionContext) throws(QueryError) {
        try super.open(ctx)
        groups = []
        position = 0
        consumed = false
    }

    private func freshStates() -> [AggregateState] {
        aggregates.map { AggregateState($0.function, distinct: $0.isDistinct) }
    }

    private func consume(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) {
        var index: [EquivalenceKey: Int] = [:]
        if keys.isEmpty { groups = [([], freshStates())] }
        while try children[0].produce(&row, ctx) {
            try ctx.tick()
            var g = 0
            if !keys.isEmpty {
                var values: [Value] = []
                values.reserveCapacity(keys.count)
                for k in keys { values.append(try k.expression.evaluate(&row, ctx)) }
                let key = EquivalenceKey(values: values)
                if let existing = index[key] {
                    g = existing
                } else {
                    g = groups.count
                    index[key] = g
                    groups.append((values, freshStates()))
                }
            }
            for (i, spec) in aggregates.enumerated() {
                let v = try spec.argument?.evaluate(&row, ctx) ?? .null
                let p = try spec.parameter?.evaluate(&row, ctx) ?? .null
                try groups[g].states[i].add(v, parameter: p)
            }
        }
    }

    override func next(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Bool {
        if !consumed {
            consumed = true
            try consume(&row, ctx)
        }
        guard position < groups.count else { return false }
        let group = groups[position]
        position += 1
        for (i, k) in keys.enumerated() { row[k.slot] = group.keys[i] }
        for (i, spec) in aggregates.enumerated() { row[spec.slot] = group.states[i].result }
        return true
    }
}
