import EvidenceGraphCore

/// `MERGE`: for each input row, runs the pattern as a match; every match is a row (after
/// the `ON MATCH SET` actions); without one, the pattern is created (then `ON CREATE SET`).
///
/// Eager like every write: it consumes its input first. Each create (and each row's
/// actions) yields a new frozen graph at once, so the next input row matches what earlier
/// rows created (`UNWIND [1, 1] AS x MERGE ({v: x})` creates one node). That rebuild is
/// O(N + M) per created row; the queried graph is never mutated.
final class MergeOperator: PhysicalOperator {
    let create: CreatePattern
    let copies: [(from: Int, to: Int)]
    let onCreate: [UpdateAction]
    let onMatch: [UpdateAction]
    let text: String
    private var buffered: [Row] = []
    private var position = 0
    private var consumed = false

    init(input: PhysicalOperator, match: PhysicalOperator, create: CreatePattern, copies: [(from: Int, to: Int)],
         onCreate: [UpdateAction], onMatch: [UpdateAction], text: String) {
        self.create = create
        self.copies = copies
        self.onCreate = onCreate
        self.onMatch = onMatch
        self.text = text
        super.init(children: [input, match])
    }

    override var name: String { "Merge" }
    override var containsWrites: Bool { true }
    override var details: String { text }

    override func open(_ ctx: ExecutionContext) throws(QueryError) {
        try children[0].open(ctx)
        buffered = []
        position = 0
        consumed = false
    }

    override func next(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Bool {
        if !consumed {
            consumed = true
            while try children[0].produce(&row, ctx) {
                try ctx.tick()
                try merge(&row, ctx)
            }
        }
        guard position < buffered.count else { return false }
        row = buffered[position]
        position += 1
        return true
    }

    private func merge(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) {
        let outer = row
        let match = children[1]
        var editor = GraphEditor()
        var found = false
        try match.open(ctx)
        while try match.produce(&row, ctx) {
            try ctx.tick()
            found = true
            for action in onMatch { try action.apply(&row, &editor, ctx) }
            buffered.append(row)
        }
        if !found {
            row = outer
            var builder = GraphBuilder(ctx.graph)
            try CreateWriter(pattern: create, clause: "MERGE").create(&row, &builder, ctx)
            ctx.graph = builder.freeze()
            ctx.pendingNodeProperties = [:]
            for (from, to) in copies { row[to] = row[from] }
            for action in onCreate { try action.apply(&row, &editor, ctx) }
            buffered.append(row)
        }
        try editor.commit(ctx, rows: &buffered)
    }
}
