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

    private var results: [(rels: [RelationshipIndex], end: NodeIndex)] = []
    private var position = 0

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
        results = []
        position = 0
    }

    override func next(_ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> Bool {
        while true {
            if position < results.count {
                let r = results[position]
                position += 1
                row[relationships] = .list(reversesList ? r.rels.reversed().map(Value.relationship) : r.rels.map(Value.relationship))
                if !into { row[to] = .node(r.end) }
                return true
            }
            guard try children[0].produce(&row, ctx) else { return false }
            guard case .node(let start) = row[from] else { continue }
            var target: NodeIndex?
            if into {
                guard case .node(let t) = row[to] else { continue }
                target = t
            }
            results = []
            position = 0
            try enumerate(start, target, &row, ctx)
        }
    }

    private func enumerate(_ start: NodeIndex, _ target: NodeIndex?, _ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) {
        let graph = ctx.graph
        let typeIDs = RelationshipTypeResolution.resolve(types, in: graph)
        if typeIDs.isEmpty && minimum > 0 { return }
        var labelIDs: [LabelID] = []
        for l in targetLabels {
            guard let id = graph.label(named: l) else { return }
            labelIDs.append(id)
        }
        var wanted: [(PropertyKeyID?, Value)] = []
        for f in propertyFilters { wanted.append((graph.propertyKey(named: f.key), try f.value.evaluate(&row, ctx))) }
        let directions: [Direction] = direction == .both ? [.outgoing, .incoming] : [direction]
        var trail: [RelationshipIndex] = []
        let baseRow = row

        func accepts(_ r: RelationshipIndex) -> Bool {
            if trail.contains(r) || uniqueness.isUsed(r, in: baseRow) { return false }
            for (key, value) in wanted {
                guard let key, let stored = graph.property(key, of: r) else { return false }
                if ValueEquality.equals(Value(stored), value) != true { return false }
            }
            return true
        }

        func visit(_ node: NodeIndex) throws(QueryError) {
            try ctx.tick()
            if trail.count >= minimum, target == nil || target == node,
               labelIDs.allSatisfy({ graph.node(node, hasLabel: $0) }) {
                results.append((trail, node))
            }
            if let maximum, trail.count >= maximum { return }
            for (di, d) in directions.enumerated() {
                for t in typeIDs {
                    for entry in graph.adjacency(of: node, d, type: t) {
                        if di == 1, entry.neighbor == node { continue }
                        guard accepts(entry.relationship) else { continue }
                        trail.append(entry.relationship)
                        try visit(entry.neighbor)
                        trail.removeLast()
                    }
                }
            }
        }
        try visit(start)
    }
}
