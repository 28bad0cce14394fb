import EvidenceGraphCore

/// Variable-length expansion `-[*min..max]-`: for every input row, every trail (no
/// relationship twice, none already bound by the same `MATCH`) of `min…max` hops from
/// `from`; binds the relationship list and the end node (or, `into`, checks it).
final class VarLengthExpandOperator: PhysicalOperator {
    let from: Int, relationships: Int, to: Int
    let direction: Direction
    let types: [String]
    let targetLabels: [String]
    let minimum: Int, maximum: Int?
    let into: Bool
    let uniqueness: UniquenessConstraint
    /// Property equalities every relationship on the trail must satisfy.
    let propertyFilters: [(key: String, value: CompiledExpression)]
    /// `true` when expanding from the pattern's right end: the list is reversed so it
    /// always reads in pattern order.
    let reversesList: Bool
    let text: String

    /// One level of the depth-first search: the node reached, and where its scan of
    /// adjacency segments (direction × type) stands.
    private struct Frame {
        var node: NodeIndex
        var segmentIndex: Int
        var segment: ArraySlice<AdjacencyEntry>
        var position: Int
        var emitted: Bool
    }

    private var stack: [Frame] = []
    private var trail: [RelationshipIndex] = []
    private var target: NodeIndex?
    private var typeIDs: [RelationshipTypeID?] = []
    private var labelIDs: [LabelID]?
    private var wanted: [(PropertyKeyID?, Value)] = []
    private var segmentsPerNode: Int { (direction == .both ? 2 : 1) * typeIDs.count }

    init(input: PhysicalOperator, from: Int, relationships: Int, to: Int, direction: Direction, types: [String],
         targetLabels: [String], minimum: Int, maximum: Int?, into: Bool, uniqueness: UniquenessConstraint,
         propertyFilters: [(key: String, value: CompiledExpression)], reversesList: Bool, text: String) {
        self.reversesList = reversesList
        self.from = from
        self.relationships = relationships
        self.to = to
        self.direction = direction
        self.types = types
        self.targetLabels = targetLabels
        self.minimum = minimum
        self.maximum = maximum
        self.into = into
        self.uniqueness = uniqueness
        self.propertyFilters = propertyFilters
        self.text = text
        super.init(children: [input])
    }

    override var name: String { into ? "VarLengthExpand(Into)" : "VarLengthExpand(All)" }
    override var details: String { text }

    override func open(_ ctx: ExecutionContext) throws(QueryError) {
        try super.open(ctx)
        stack = []
        trail = []
    }

    override func next(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Bool {
        while true {
            if let found = try advance(row, ctx) {
                row[relationships] = .list(reversesList ? trail.reversed().map(Value.relationship) : trail.map(Value.relationship))
                if !into { row[to] = .node(found) }
                return true
            }
            guard try children[0].produce(&row, ctx) else { return false }
            guard case .node(let start) = row[from] else { continue }
            target = nil
            if into {
                guard case .node(let t) = row[to] else { continue }
                target = t
            }
            let graph = ctx.graph
            typeIDs = RelationshipTypeResolution.resolve(types, in: graph)
            var ids: [LabelID]? = []
            for l in targetLabels {
                guard let id = graph.label(named: l) else { ids = nil; break }
                ids!.append(id)
            }
            labelIDs = ids
            if labelIDs == nil || (typeIDs.isEmpty && minimum > 0) { continue }
            wanted = []
            for f in propertyFilters { wanted.append((graph.propertyKey(named: f.key), try f.value.evaluate(&row, ctx))) }
            trail = []
            stack = [Frame(node: start, segmentIndex: -1, segment: [], position: 0, emitted: false)]
        }
    }

    /// Continues the depth-first search; returns the end node of the next trail to emit
    /// (the trail itself is in `trail`), or `nil` when the search from this row is done.
    private func advance(_ row: Row, _ ctx: ExecutionContext) throws(QueryError) -> NodeIndex? {
        let graph = ctx.graph
        while let top = stack.last {
            try ctx.tick()
            let depth = stack.count - 1
            if !top.emitted {
                stack[stack.count - 1].emitted = true
                if depth >= minimum, target == nil || target == top.node,
                   labelIDs?.allSatisfy({ graph.node(top.node, hasLabel: $0) }) == true {
                    return top.node
                }
                continue
            }
            if let maximum, depth >= maximum { pop(); continue }
            var frame = top
            var pushed = false
            while !pushed {
                if frame.position >= frame.segment.endIndex {
                    frame.segmentIndex += 1
                    if frame.segmentIndex >= segmentsPerNode { break }
                    let directionIndex = frame.segmentIndex / typeIDs.count
                    let d: Direction = direction == .both ? (directionIndex == 0 ? .outgoing : .incoming) : direction
                    frame.segment = graph.adjacency(of: frame.node, d, type: typeIDs[frame.segmentIndex % typeIDs.count])
                    frame.position = frame.segment.startIndex
                    continue
                }
                let entry = frame.segment[frame.position]
                frame.position += 1
                // An undirected self-loop appears in both directions: follow it once.
                if direction == .both, frame.segmentIndex >= typeIDs.count, entry.neighbor == frame.node { continue }
                guard accepts(entry.relationship, row, graph) else { continue }
                stack[stack.count - 1] = frame
                trail.append(entry.relationship)
                stack.append(Frame(node: entry.neighbor, segmentIndex: -1, segment: [], position: 0, emitted: false))
                pushed = true
            }
            if !pushed { pop() }
        }
        return nil
    }

    private func pop() {
        stack.removeLast()
        if !trail.isEmpty && trail.count >= stack.count { trail.removeLast() }
    }

    private func accepts(_ r: RelationshipIndex, _ row: Row, _ graph: Graph) -> Bool {
        if trail.contains(r) || uniqueness.isUsed(r, in: row) { return false }
        for (key, value) in wanted {
            guard let key, let stored = graph.property(key, of: r) else { return false }
            if ValueEquality.equals(Value(stored), value) != true { return false }
        }
        return true
    }
}
