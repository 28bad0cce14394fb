/// The leaf of every plan: yields the argument row once per `open` (the empty row at the
/// top of a query, the outer row inside an apply or a subquery).
final class ArgumentOperator: PhysicalOperator {
    private var pending = false

    init() { super.init(children: []) }

    override var name: String { "Argument" }

    override func open(_ ctx: ExecutionContext) throws(QueryError) { pending = true }

    override func next(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Bool {
        defer { pending = false }
        return pending
    }
}
