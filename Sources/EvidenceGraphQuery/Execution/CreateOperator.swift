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
                try create(&row, &builder!, ctx)
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

    private func create(_ row: inout Row, _ builder: inout GraphBuilder, _ ctx: ExecutionContext) throws(QueryError) {
        for spec in pattern.nodes where !spec.isBound {
            let props = try properties(spec.properties, &row, ctx)
            do {
                let n = try builder.addNode(id: nil, labels: spec.labels, propertyList: props)
                row[spec.slot] = .node(n)
                ctx.pendingNodeProperties[n.rawValue] = props
            } catch {
                throw QueryError(errorClass: "ConstraintVerificationFailed", detail: "DuplicateID", phase: .runtime, message: error.description)
            }
            ctx.statistics.nodesCreated += 1
            ctx.statistics.labelsAdded += Set(spec.labels).count
            ctx.statistics.propertiesSet += props.count
        }
        for spec in pattern.nodes where spec.isBound {
            guard case .node = row[spec.slot] else {
                throw QueryError(errorClass: "SemanticError", detail: "VariableAlreadyBound", phase: .runtime,
                                 message: "CREATE needs a node, the variable holds \(row[spec.slot].typeName)")
            }
        }
        for spec in pattern.relationships {
            guard case .node(let s) = row[spec.start], case .node(let e) = row[spec.end] else {
                throw QueryError(errorClass: "SemanticError", detail: "InvalidArgumentType", phase: .runtime,
                                 message: "CREATE cannot attach a relationship to a null node")
            }
            let props = try properties(spec.properties, &row, ctx)
            row[spec.slot] = .relationship(builder.addRelationship(type: spec.type, from: s, to: e, properties: props))
            ctx.statistics.relationshipsCreated += 1
            ctx.statistics.propertiesSet += props.count
        }
        for (slot, expression) in pattern.paths {
            // Paths read the builder's relationships, which exist only after the freeze; we
            // assemble them from the slots directly.
            if case .path(let start, let steps) = expression {
                row[slot] = CreateOperator.path(row, start: start, steps: steps)
            }
        }
    }

    private static func path(_ row: Row, start: Int, steps: [CompiledExpression.PathStep]) -> Value {
        guard case .node(let first) = row[start] else { return .null }
        var nodes = [first], rels: [RelationshipIndex] = []
        for step in steps {
            guard case .relationship(let r) = row[step.relationship], case .node(let n) = row[step.node] else { return .null }
            rels.append(r)
            nodes.append(n)
        }
        return .path(PathValue(nodes: nodes, relationships: rels))
    }

    private func properties(_ e: CompiledExpression?, _ row: inout Row, _ ctx: ExecutionContext) throws(QueryError) -> [(String, PropertyValue)] {
        guard let e else { return [] }
        let v = try e.evaluate(&row, ctx)
        guard case .map(let entries) = v else {
            if v.isNull { return [] }
            throw .typeError("CREATE properties must be a map, got \(v.typeName)")
        }
        var out: [(String, PropertyValue)] = []
        for (k, value) in entries where !value.isNull {
            guard let p = value.propertyValue else {
                throw .typeError("cannot store \(value.typeName) as property '\(k)'", detail: "InvalidPropertyType")
            }
            if case .list(let items) = p, items.contains(where: { if case .list = $0 { return true } else { return false } }) {
                throw .typeError("cannot store a nested list as property '\(k)'", detail: "InvalidPropertyType")
            }
            out.append((k, p))
        }
        return out
    }
}
