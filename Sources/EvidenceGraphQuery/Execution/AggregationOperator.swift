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
    let keys: [(slot: Int, expression: ExpressionNode)]
    let aggregates: [AggregateSpec]
    private let arguments: [ExpressionNode?]
    private let parameters: [ExpressionNode?]
    let text: String
    private var groups: [(keys: [Value], states: [AggregateState])] = []
    private var position = 0
    private var consumed = false

    init(input: PhysicalOperator, keys: [(slot: Int, expression: CompiledExpression)], aggregates: [AggregateSpec], text: String) {
        self.keys = keys.map { ($0.slot, ExpressionNode.lower($0.expression)) }
        self.aggregates = aggregates
        self.arguments = aggregates.map { $0.argument.map(ExpressionNode.lower) }
        self.parameters = aggregates.map { $0.parameter.map(ExpressionNode.lower) }
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
        // Locals, not `self.groups`: mutating a state inside an array of tuples held by the
        // class copied the state array on every row (callgrind: ~40% of a grouped count's
        // instructions were that copy's allocation and release). States are one flat array.
        var index: [EquivalenceKey: Int] = [:]
        var groupKeys: [[Value]] = []
        var states: [AggregateState] = []
        let width = aggregates.count
        if keys.isEmpty {
            groupKeys = [[]]
            states = freshStates()
        }
        // One key buffer reused for every row; it is copied only when a new group is stored.
        var scratch = EquivalenceKey(values: [])
        scratch.values.reserveCapacity(keys.count)
        while try children[0].produce(&row, ctx) {
            try ctx.tick()
            var g = 0
            if !keys.isEmpty {
                scratch.values.removeAll(keepingCapacity: true)
                for k in keys { scratch.values.append(try k.expression.evaluate(&row, ctx)) }
                if let existing = index[scratch] {
                    g = existing
                } else {
                    g = groupKeys.count
                    index[scratch] = g
                    groupKeys.append(scratch.values)
                    states += freshStates()
                }
            }
            for i in 0..<width {
                let v = try arguments[i]?.evaluate(&row, ctx) ?? .null
                let p = try parameters[i]?.evaluate(&row, ctx) ?? .null
                try states[g * width + i].add(v, parameter: p)
            }
        }
        groups = groupKeys.indices.map { g in (groupKeys[g], Array(states[(g * width)..<((g + 1) * width)])) }
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
