/// Plans `CREATE pattern`: which nodes are new, which are reused, and the relationships.
struct CreatePlanner {
    let context: PlannerContext

    func plan(_ clause: CreateClause, input: PhysicalOperator, scope incoming: Scope) throws(QueryError) -> (plan: PhysicalOperator, scope: Scope) {
        let (pattern, scope) = try createPattern(clause.pattern, scope: incoming, allowsUndirected: false)
        return (CreateOperator(input: input, pattern: pattern, text: context.text(of: clause.pattern.span)), scope)
    }

    /// What creating `pattern` makes, and the scope with its new variables. `MERGE` allows
    /// undirected relationships (created left to right).
    func createPattern(_ pattern: Pattern, scope incoming: Scope, allowsUndirected: Bool) throws(QueryError) -> (CreatePattern, Scope) {
        var scope = incoming
        var nodes: [CreatePattern.NodeSpec] = []
        var relationships: [CreatePattern.RelationshipSpec] = []
        var paths: [(slot: Int, expression: CompiledExpression)] = []
        var createdHere: [String: Int] = [:]

        func node(_ p: NodePattern) throws(QueryError) -> Int {
            if let name = p.variable?.name {
                if let slot = createdHere[name] { return slot }
                if let slot = incoming[name] {
                    if !p.labels.isEmpty || p.properties != nil {
                        throw .compile(.syntaxError, .variableAlreadyBound, "variable `\(name)` is already bound", at: p.span)
                    }
                    nodes.append(.init(slot: slot, labels: [], properties: nil, isBound: true))
                    return slot
                }
            }
            let slot = context.allocateSlot()
            if let name = p.variable?.name {
                createdHere[name] = slot
                scope[name] = slot
            }
            nodes.append(.init(slot: slot, labels: p.labels, properties: try p.properties.map { e throws(QueryError) in
                try ExpressionCompiler(context: context, scope: scope).compile(e)
            }, isBound: false))
            return slot
        }

        for part in pattern.parts {
            var current = try node(part.element.start)
            let start = current
            var steps: [CompiledExpression.PathStep] = []
            for step in part.element.steps {
                let next = try node(step.node)
                let r = step.relationship
                if let name = r.variable?.name, incoming[name] != nil || scope[name] != nil {
                    throw .compile(.syntaxError, .variableAlreadyBound, "variable `\(name)` is already bound", at: r.span)
                }
                guard r.length == nil else {
                    throw .compile(.syntaxError, .creatingVarLength, "CREATE cannot create a variable-length relationship", at: r.span)
                }
                guard r.types.count == 1 else {
                    throw .compile(.syntaxError, .noSingleRelationshipType, "CREATE needs exactly one relationship type", at: r.span)
                }
                guard r.direction != .either || allowsUndirected else {
                    throw .compile(.syntaxError, .requiresDirectedRelationship, "CREATE needs a direction for every relationship", at: r.span)
                }
                let slot = context.allocateSlot()
                if let name = r.variable?.name { scope[name] = slot }
                let (s, e) = r.direction == .incoming ? (next, current) : (current, next)
                relationships.append(.init(slot: slot, type: r.types[0], start: s, end: e,
                                           properties: try r.properties.map { x throws(QueryError) in
                    try ExpressionCompiler(context: context, scope: scope).compile(x)
                }))
                steps.append(.init(relationship: slot, isVariableLength: false, node: next))
                current = next
            }
            if let p = part.pathVariable {
                let slot = context.allocateSlot()
                scope[p.name] = slot
                paths.append((slot, .path(start: start, steps: steps)))
            }
        }
        return (CreatePattern(nodes: nodes, relationships: relationships, paths: paths), scope)
    }
}
