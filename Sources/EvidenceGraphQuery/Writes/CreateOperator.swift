import EvidenceGraphCore

/// What one `CREATE` makes per input row: nodes (unless their slot is already bound) and
/// relationships between node slots.
struct CreatePattern {
    struct NodeSpec {
        var slot: Int
        var labels: [String]
        var properties: CompiledExpression?
        /// `true` when the variable was bound before the `CREATE` (the node is reused).
        var isBound: Bool
    }
    struct RelationshipSpec {
        var slot: Int
        var type: String
        var start: Int
        var end: Int
        var properties: CompiledExpression?
    }
    var nodes: [NodeSpec]
    var relationships: [RelationshipSpec]
    /// Named paths to assign after creating: (slot, expression).
    var paths: [(slot: Int, expression: CompiledExpression)]
}

/// `CREATE`: consumes its input, adds nodes and relationships to a copy of the graph, then
/// freezes it and makes it the graph every later operator reads; then emits the rows.
/// The queried graph is never mutated.
final class CreateOperator: PhysicalOperator {
    let pattern: CreatePattern
    let text: String
    private var buffered: [Row] = []
    private var position = 0
    private var consumed = false

    init(input: PhysicalOperator, pattern: CreatePattern, text: String) {
        self.pattern = pattern
        self.text = text
        super.init(children: [input])
    }

    override var name: String { "Create" }
    override var containsWrites: Bool { true }
    override var details: String { text }

    override func open(_ ctx: ExecutionContext) throws(QueryError) {
        try super.open(ctx)
        buffered = []
        position = 0
        consumed = false
    }

    override func next(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Bool {
        if !consumed {
            consumed = true
            // The builder copies the graph only after the first input row exists: an eager
            // input (an earlier CREATE) replaces the graph before it yields its first row.
            var builder: GraphBuilder?
            while try children[0].produce(&row, ctx) {
                try ctx.tick()
                if builder == nil { builder = GraphBuilder(ctx.graph) }
                try CreateWriter(pattern: pattern, clause: "CREATE").create(&row, &builder!, ctx)
                buffered.append(row)
            }
            if let builder { ctx.graph = builder.freeze() }
            ctx.pendingNodeProperties = [:]
        }
        guard position < buffered.count else { return false }
        row = buffered[position]
        position += 1
        return true
    }
}
