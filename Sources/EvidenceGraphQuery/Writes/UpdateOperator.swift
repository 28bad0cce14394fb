import EvidenceGraphCore

/// `SET`, `REMOVE` and `[DETACH] DELETE`: consumes its input, records every row's changes,
/// then builds the new graph once (`GraphEditor/commit(_:rows:)`) and makes it the graph
/// every later operator reads; then emits the rows. The queried graph is never mutated.
final class UpdateOperator: PhysicalOperator {
    let actions: [UpdateAction]
    let clause: String
    let text: String
    private var buffered: [Row] = []
    private var position = 0
    private var consumed = false

    init(input: PhysicalOperator, actions: [UpdateAction], clause: String, text: String) {
        self.actions = actions
        self.clause = clause
        self.text = text
        super.init(children: [input])
    }

    override var name: String { clause }
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
            var editor = GraphEditor()
            while try children[0].produce(&row, ctx) {
                try ctx.tick()
                for action in actions { try action.apply(&row, &editor, ctx) }
                buffered.append(row)
            }
            try editor.commit(ctx, rows: &buffered)
        }
        guard position < buffered.count else { return false }
        row = buffered[position]
        position += 1
        return true
    }
}
