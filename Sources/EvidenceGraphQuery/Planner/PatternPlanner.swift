import EvidenceGraphCore

/// Plans one `MATCH` pattern (with its `WHERE`) on top of an input plan.
///
/// Rules, greedily:
/// 1. A relationship whose two ends are bound is closed with Expand(Into).
/// 2. Otherwise a relationship with one bound end is expanded from it (towards the end
///    with the fewest candidates when there is a choice).
/// 3. Otherwise the unbound node with the fewest estimated candidates starts a new scan:
///    NodeByIdSeek (`id(n) = …`) < NodeIndexSeek (`{key: v}` / `n.key = v` on an indexed
///    key; counted exactly for constants) < NodeByLabelScan (smallest label) < AllNodesScan.
/// Every predicate is applied as soon as the slots it reads are bound; labels of newly
/// reached nodes are checked inside the scan or expand. Every expand of one `MATCH`
/// excludes relationships already bound by it (relationship uniqueness).
struct PatternPlanner {
    let context: PlannerContext

    struct Result {
        var plan: PhysicalOperator
        var scope: Scope
        var newSlots: [Int]
    }

    private struct PendingFilter {
        var expression: CompiledExpression
        var reads: Set<Int>
        var text: String
    }

    private struct Seek {
        var estimate: Double
        var source: NodeSource
    }

    func plan(_ pattern: Pattern, predicate: Expression?, input: PhysicalOperator, scope: Scope) throws(QueryError) -> Result {
        let graph = PatternGraph(pattern, scope: scope, context: context)
        if let repeated = graph.repeatedRelationship {
            throw .compile(.syntaxError, .relationshipUniquenessViolation,
                           "relationship `\(repeated.name)` appears twice in one pattern", at: repeated.span)
        }
        let compiler = ExpressionCompiler(context: context, scope: graph.scope)
        var filters: [PendingFilter] = []

        func add(_ e: CompiledExpression, _ text: String) { filters.append(PendingFilter(expression: e, reads: e.slotsRead, text: text)) }

        for node in graph.nodes {
            for props in node.properties {
                for (key, value) in try propertyEntries(props, compiler) {
                    add(.equals(.property(.slot(node.slot), key: key, id: context.graph.propertyKey(named: key)), value, negated: false),
                        "\(node.name).\(key) = …")
                }
            }
            if node.boundBefore {
                add(.isNull(.slot(node.slot), negated: true), "\(node.name) IS NOT NULL")
                if !node.labels.isEmpty {
                    add(.hasLabels(.slot(node.slot), labels: node.labels), node.name + node.labels.map { ":" + $0 }.joined())
                }
            }
        }
        for rel in graph.relationships {
            if let bound = rel.boundSlot { add(.equals(.slot(rel.slot), .slot(bound), negated: false), "\(rel.name) = bound \(rel.name)") }
            if !rel.isVariableLength, let props = rel.properties {
                for (key, value) in try propertyEntries(props, compiler) {
                    add(.equals(.property(.slot(rel.slot), key: key, id: context.graph.propertyKey(named: key)), value, negated: false),
                        "\(rel.name).\(key) = …")
                }
            }
        }
        if let predicate {
            for conjunct in Self.conjuncts(predicate) {
                add(try compiler.compile(conjunct), context.text(of: conjunct.span))
            }
        }

        var plan = input
        var available = Set(scope.slots.values)
        var boundNodes = Set(graph.nodes.indices.filter { graph.nodes[$0].boundBefore })
        var remaining = Array(graph.relationships.indices)
        var uniqueness = UniquenessConstraint()

        func applyFilters() {
            var kept: [PendingFilter] = []
            for f in filters {
                if f.reads.isSubset(of: available) {
                    plan = PredicatePlacement.place(f.expression, text: f.text, on: plan)
                } else {
                    kept.append(f)
                }
            }
            filters = kept
        }
        applyFilters()

        while boundNodes.count < graph.nodes.count || !remaining.isEmpty {
            if let i = remaining.firstIndex(where: { boundNodes.contains(graph.relationships[$0].left) && boundNodes.contains(graph.relationships[$0].right) }) {
                let rel = graph.relationships[remaining.remove(at: i)]
                plan = try expand(rel, from: rel.left, into: true, graph, plan, uniqueness, compiler)
                record(rel, &uniqueness, &available)
            } else if let i = bestExpansion(remaining, boundNodes, graph) {
                let rel = graph.relationships[remaining.remove(at: i)]
                let from = boundNodes.contains(rel.left) ? rel.left : rel.right
                let to = from == rel.left ? rel.right : rel.left
                plan = try expand(rel, from: from, into: false, graph, plan, uniqueness, compiler)
                record(rel, &uniqueness, &available)
                boundNodes.insert(to)
                available.insert(graph.nodes[to].slot)
            } else {
                let candidates = graph.nodes.indices.filter { !boundNodes.contains($0) }
                var best: (index: Int, seek: Seek)?
                for n in candidates {
                    let s = seek(for: graph.nodes[n], filters.map(\.expression), available)
                    if best == nil || s.estimate < best!.seek.estimate { best = (n, s) }
                }
                guard let best else { break }
                let node = graph.nodes[best.index]
                var labels = node.labels
                switch best.seek.source {
                case .label(let l), .indexSeek(let l, _, _, _): labels.removeAll { $0 == l }
                case .all, .id: break
                }
                plan = NodeScanOperator(input: plan, slot: node.slot, variable: node.name, source: best.seek.source, labels: labels)
                boundNodes.insert(best.index)
                available.insert(node.slot)
            }
            applyFilters()
        }
        if !graph.paths.isEmpty {
            plan = ProjectionOperator(input: plan, assignments: graph.paths, text: "named paths")
            for p in graph.paths { available.insert(p.slot) }
        }
        for f in filters { plan = PredicatePlacement.place(f.expression, text: f.text, on: plan) }
        return Result(plan: plan, scope: graph.scope, newSlots: graph.newSlots)
    }

    private func record(_ rel: PatternGraph.Relationship, _ uniqueness: inout UniquenessConstraint, _ available: inout Set<Int>) {
        if rel.isVariableLength { uniqueness.relationshipListSlots.append(rel.slot) } else { uniqueness.relationshipSlots.append(rel.slot) }
        available.insert(rel.slot)
    }

    /// The relationship with exactly one bound end whose other end has the fewest candidates.
    private func bestExpansion(_ remaining: [Int], _ bound: Set<Int>, _ graph: PatternGraph) -> Int? {
        var best: (position: Int, cost: Double)?
        for (position, r) in remaining.enumerated() {
            let rel = graph.relationships[r]
            let l = bound.contains(rel.left), rr = bound.contains(rel.right)
            guard l != rr else { continue }
            let other = graph.nodes[l ? rel.right : rel.left]
            var cost = labelEstimate(other.labels)
            if rel.isVariableLength { cost *= 4 }
            if best == nil || cost < best!.cost { best = (position, cost) }
        }
        return best?.position
    }

    private func labelEstimate(_ labels: [String]) -> Double {
        var estimate = Double(context.graph.nodeCount)
        for l in labels {
            estimate = min(estimate, Double(context.graph.label(named: l).map { context.graph.nodeCount(withLabel: $0) } ?? 0))
        }
        return estimate
    }

    /// The cheapest way to find candidates for `node` given the filters.
    private func seek(for node: PatternGraph.Node, _ filters: [CompiledExpression], _ available: Set<Int>) -> Seek {
        let g = context.graph
        var best = Seek(estimate: Double(g.nodeCount) + 1, source: .all)
        for l in node.labels {
            let count = Double(g.label(named: l).map { g.nodeCount(withLabel: $0) } ?? 0)
            if count < best.estimate { best = Seek(estimate: count, source: .label(l)) }
        }
        for f in filters {
            guard let (kind, value) = Self.equalityOn(node.slot, f), value.slotsRead.isSubset(of: available) else { continue }
            switch kind {
            case .id:
                if best.estimate > 1 { best = Seek(estimate: 1, source: .id(value)) }
            case .property(let key), .propertyIn(let key):
                guard g.indexedPropertyKeys.contains(key) else { continue }
                let many: Bool = if case .propertyIn = kind { true } else { false }
                for l in node.labels {
                    var estimate = 1.5
                    if case .constant(let v) = value, let label = g.label(named: l), let k = g.propertyKey(named: key) {
                        let values: [Value] = many ? (v.listElements ?? []) : [v]
                        estimate = 0
                        for x in values {
                            if let p = x.propertyValue, let hits = g.nodes(withLabel: label, where: k, equals: p) { estimate += Double(hits.count) }
                        }
                        estimate *= 0.99
                    }
                    if estimate < best.estimate {
                        best = Seek(estimate: estimate, source: .indexSeek(label: l, key: key, value: value, many: many))
                    }
                }
            }
        }
        return best
    }

    private enum EqualityKind { case id, property(String), propertyIn(String) }

    /// Recognises `n.key = value`, `value = n.key`, `id(n) = value`, and `n.key IN list` /
    /// `id(n) IN list`.
    private static func equalityOn(_ slot: Int, _ e: CompiledExpression) -> (EqualityKind, CompiledExpression)? {
        func side(_ x: CompiledExpression) -> EqualityKind? {
            switch x.unlocated {
            case .property(.slot(let s), let key, _) where s == slot: return .property(key)
            case .call(let f, let args) where f.name == "id" && args.count == 1:
                if case .slot(let s) = args[0], s == slot { return .id }
                return nil
            default: return nil
            }
        }
        switch e {
        case .equals(let a, let b, negated: false):
            if let k = side(a), !b.slotsRead.contains(slot) { return (k, b) }
            if let k = side(b), !a.slotsRead.contains(slot) { return (k, a) }
        case .inList(let a, let b):
            guard !b.slotsRead.contains(slot) else { return nil }
            switch side(a) {
            case .id?: return (.id, b)
            case .property(let key)?: return (.propertyIn(key), b)
            default: return nil
            }
        default: break
        }
        return nil
    }

    private func expand(_ rel: PatternGraph.Relationship, from: Int, into: Bool, _ graph: PatternGraph, _ input: PhysicalOperator,
                        _ uniqueness: UniquenessConstraint, _ compiler: ExpressionCompiler) throws(QueryError) -> PhysicalOperator {
        let to = from == rel.left ? rel.right : rel.left
        let direction: Direction
        switch rel.direction {
        case .either: direction = .both
        case .outgoing: direction = from == rel.left ? .outgoing : .incoming
        case .incoming: direction = from == rel.left ? .incoming : .outgoing
        }
        let labels = into ? [] : graph.nodes[to].labels
        let text = graph.describe(rel, from: from)
        if let length = rel.length {
            let props = try rel.properties.map { p throws(QueryError) in try propertyEntries(p, compiler) } ?? []
            return VarLengthExpandOperator(
                input: input, from: graph.nodes[from].slot, relationships: rel.slot, to: graph.nodes[to].slot,
                direction: direction, types: rel.types, targetLabels: labels, minimum: length.minimum ?? 1,
                maximum: length.maximum, into: into, uniqueness: uniqueness, propertyFilters: props,
                reversesList: from != rel.left, text: text)
        }
        return ExpandOperator(input: input, from: graph.nodes[from].slot, relationship: rel.slot, to: graph.nodes[to].slot,
                              direction: direction, types: rel.types, targetLabels: labels, into: into,
                              uniqueness: uniqueness, text: text)
    }

    /// The entries of a pattern property map (a map literal or a map parameter).
    private func propertyEntries(_ e: Expression, _ compiler: ExpressionCompiler) throws(QueryError) -> [(key: String, value: CompiledExpression)] {
        switch e.kind {
        case .map(let entries):
            var out: [(key: String, value: CompiledExpression)] = []
            for entry in entries { out.append((entry.key, try compiler.compile(entry.value))) }
            return out
        case .parameter:
            throw .compile(.syntaxError, .invalidParameterUse, "a parameter cannot be used as a pattern's property map in MATCH", at: e.span)
        default:
            let v = try compiler.compile(e)
            guard case .constant(let value) = v else {
                throw .compile(.syntaxError, .invalidArgumentType, "pattern properties must be a map", at: e.span)
            }
            switch value {
            case .map(let m): return m.map { ($0.key, .constant($0.value)) }
            case .null: return []
            default: throw .compile(.syntaxError, .invalidArgumentType, "pattern properties must be a map", at: e.span)
            }
        }
    }

    /// Splits `a AND b AND c` into its conjuncts.
    static func conjuncts(_ e: Expression) -> [Expression] {
        if case .binary(.and, let l, let r) = e.kind { return conjuncts(l) + conjuncts(r) }
        return [e]
    }
}
