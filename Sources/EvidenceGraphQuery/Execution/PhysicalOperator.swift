/// A pull-based physical operator. `open` (re)starts it for the current argument row;
/// `next` writes the operator's slots into the shared row buffer and returns `false` when
/// exhausted. Parents call ``produce(_:_:)``, which counts rows and time when profiling.
///
/// A tree of operators is built per query execution, so operators may keep iteration state.
class PhysicalOperator {
    /// The inputs, first the one rows flow from.
    let children: [PhysicalOperator]
    /// Rows produced so far, counted only when profiling (for `PROFILE`): outside it the
    /// count would cost an exclusivity-checked write per row and operator.
    private(set) var rowsProduced = 0
    /// Inclusive time spent in `next`, in nanoseconds (only measured when profiling).
    private(set) var nanoseconds: Int64 = 0

    init(children: [PhysicalOperator]) { self.children = children }

    /// The operator's name in plan text, e.g. `Expand(All)`.
    var name: String { String(describing: type(of: self)) }
    /// What the operator does, e.g. `(a)-[:T]->(b)`.
    var details: String { "" }

    /// Whether this operator or one below it writes to the graph (so interned references
    /// read before a row may not be valid after it).
    var containsWrites: Bool { children.contains { $0.containsWrites } }

    /// Prepares to produce rows for the argument row now in the buffer.
    func open(_ ctx: ExecutionContext) throws(QueryError) {
        for c in children { try c.open(ctx) }
    }

    /// Writes the next row into `row`; `false` when there are no more.
    func next(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Bool {
        fatalError("\(name) must override next")
    }

    /// `next`, counted and timed when profiling.
    @inline(__always)
    final func produce(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Bool {
        if ctx.profiling {
            let start = ContinuousClock.now
            let more = try next(&row, ctx)
            let elapsed = ContinuousClock.now - start
            nanoseconds += elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000
            if more { rowsProduced += 1 }
            return more
        }
        return try next(&row, ctx)
    }
}
