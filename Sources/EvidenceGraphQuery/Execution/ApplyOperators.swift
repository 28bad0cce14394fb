/// How an apply combines an outer row with the rows of its inner plan.
enum ApplyMode {
    /// Every combination (a correlated nested loop).
    case all
    /// `OPTIONAL MATCH`: every combination, or the outer row once with `nullSlots` set to null.
    case optional(nullSlots: [Int])
    /// Outer rows with at least one inner row.
    case semi
    /// Outer rows with no inner row.
    case antiSemi
}

/// Runs the inner plan (whose leaf is an `ArgumentOperator`) once per outer row.
final class ApplyOperator: PhysicalOperator {
    let mode: ApplyMode
    private var innerActive = false
    private var innerProduced = false

    init(outer: PhysicalOperator, inner: PhysicalOperator, mode: ApplyMode) {
        self.mode = mode
        super.init(children: [outer, inner])
    }

    override var name: String {
        switch mode {
        case .all: "Apply"
        case .optional: "OptionalApply"
        case .semi: "SemiApply"
        case .antiSemi: "AntiSemiApply"
        }
    }

    override func open(_ ctx: ExecutionContext) throws(QueryError) {
        try children[0].open(ctx)
        innerActive = false
    }

    override func next(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Bool {
        let outer = children[0], inner = children[1]
        while true {
            if innerActive {
                if try inner.produce(&row, ctx) {
                    innerProduced = true
                    return true
                }
                innerActive = false
                if case .optional(let nullSlots) = mode, !innerProduced {
                    for s in nullSlots { row[s] = .null }
                    return true
                }
                continue
            }
            guard try outer.produce(&row, ctx) else { return false }
            try inner.open(ctx)
            switch mode {
            case .all, .optional:
                innerActive = true
                innerProduced = false
            case .semi:
                if try inner.produce(&row, ctx) { return true }
            case .antiSemi:
                if try !inner.produce(&row, ctx) { return true }
            }
        }
    }
}
