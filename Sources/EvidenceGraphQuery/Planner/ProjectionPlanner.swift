/// Plans `WITH` and `RETURN`: projection or hash aggregation, `DISTINCT`, `ORDER BY`
/// (Top-K when a `LIMIT` follows), `SKIP`/`LIMIT`, and `WITH … WHERE`.
struct ProjectionPlanner {
    let context: PlannerContext

    struct Result {
        var plan: PhysicalOperator
        var scope: Scope
        /// The projected columns in order, with their slots.
        var columns: [(name: String, slot: Int)]
    }

    /// - Parameter drainsInput: the input writes (`CREATE`), so a `LIMIT` must still pull
    ///   every input row for its side effects.
    func plan(_ projection: Projection, predicate: Expression?, input: PhysicalOperator, scope: Scope,
              drainsInput: Bool = false) throws(QueryError) -> Result {
        var items: [(name: String, expression: Expression)] = []
        if projection.includesAll {
            for name in scope.sortedNames where !name.hasPrefix("  ") {
                items.append((name, Expression(.variable(name), span: projection.span)))
            }
        }
        for item in projection.items { items.append((item.name, item.expression)) }

        var plan = input
        var newScope = Scope()
        var columns: [(name: String, slot: Int)] = []
        var overrides: [Expression: Int] = [:]
        let aggregating = items.contains { $0.expression.containsAggregate }
        let compiler = ExpressionCompiler(context: context, scope: scope)

        var distinctDone = false
        if !aggregating {
            var assignments: [(slot: Int, expression: CompiledExpression)] = []
            for item in items {
                let slot = context.allocateSlot()
                assignments.append((slot, try compiler.compile(item.expression)))
                newScope[item.name] = slot
                columns.append((item.name, slot))
                overrides[item.expression] = slot
            }
            // DISTINCT over variables and stored properties: keyed on the stored form below
            // the projection, so duplicates are never projected.
            if projection.isDistinct, !plan.containsWrites, let sources = Self.storedSources(assignments.map(\.expression)) {
                plan = DistinctOperator(input: plan, sources: sources, text: columns.map(\.name).joined(separator: ", "))
                distinctDone = true
            }
            plan = ProjectionOperator(input: plan, assignments: assignments, text: items.map(\.name).joined(separator: ", "))
        } else {
            var keys: [(slot: Int, expression: CompiledExpression)] = []
            var aggregates: [AggregateSpec] = []
            var aggregateSlots: [Expression: Int] = [:]
            var keyScope = Scope()
            for item in items where !item.expression.containsAggregate {
                let slot = context.allocateSlot()
                keys.append((slot, try compiler.compile(item.expression)))
                overrides[item.expression] = slot
                if case .variable(let v) = item.expression.kind { keyScope[v] = slot }
            }
            for item in items where item.expression.containsAggregate {
                for call in Self.aggregateCalls(in: item.expression) where aggregateSlots[call] == nil {
                    let slot = context.allocateSlot()
                    aggregateSlots[call] = slot
                    aggregates.append(try aggregateSpec(call, slot: slot, compiler))
                }
            }
            let keyText = keys.isEmpty ? "" : "keys: " + items.filter { !$0.expression.containsAggregate }.map(\.name).joined(separator: ", ") + "; "
            plan = AggregationOperator(input: plan, keys: keys, aggregates: aggregates,
                                       text: keyText + "aggregates: " + aggregateSlots.keys.map { context.text(of: $0.span) }.joined(separator: ", "))
            overrides.merge(aggregateSlots) { a, _ in a }
            let after = ExpressionCompiler(context: context, scope: keyScope, overrides: overrides)
            var assignments: [(slot: Int, expression: CompiledExpression)] = []
            for item in items {
                if let slot = overrides[item.expression] {
                    newScope[item.name] = slot
                    columns.append((item.name, slot))
                } else {
                    let slot = context.allocateSlot()
                    assignments.append((slot, try after.compile(item.expression)))
                    overrides[item.expression] = slot
                    newScope[item.name] = slot
                    columns.append((item.name, slot))
                }
            }
            if !assignments.isEmpty { plan = ProjectionOperator(input: plan, assignments: assignments, text: "post-aggregation") }
        }

        // ORDER BY and WHERE see the projected names and, unless the projection aggregated
        // or was DISTINCT, the incoming ones too.
        let visible = aggregating || projection.isDistinct ? newScope : scope.overlaid(with: newScope)
        let later = ExpressionCompiler(context: context, scope: visible, overrides: overrides)

        if projection.isDistinct && !distinctDone {
            plan = DistinctOperator(input: plan, slots: columns.map(\.slot), text: columns.map(\.name).joined(separator: ", "))
        }
        let skip = try projection.skip.map { e throws(QueryError) in try count(e, clause: "SKIP") }
        let limit = try projection.limit.map { e throws(QueryError) in try count(e, clause: "LIMIT") }
        if !projection.orderBy.isEmpty {
            var keys: [SortKey] = []
            for item in projection.orderBy { keys.append(SortKey(expression: try later.compile(item.expression), ascending: item.isAscending)) }
            let top: CompiledExpression? = limit.map { l in skip.map { .arithmetic(.add, $0, l) } ?? l }
            plan = SortOperator(input: plan, keys: keys, limit: top,
                                text: projection.orderBy.map { context.text(of: $0.span) }.joined(separator: ", "))
        }
        if skip != nil || limit != nil { plan = SkipLimitOperator(input: plan, skip: skip, limit: limit, drainsInput: drainsInput) }
        if let predicate {
            for conjunct in PatternPlanner.conjuncts(predicate) {
                plan = PredicatePlacement.place(try later.compile(conjunct), text: context.text(of: conjunct.span), on: plan)
            }
        }
        return Result(plan: plan, scope: newScope, columns: columns)
    }

    /// The key sources of a `DISTINCT` whose every column is a variable or a stored property
    /// of one (`p.setting`, `s.id`); `nil` when any column is another expression.
    static func storedSources(_ expressions: [CompiledExpression]) -> [GroupKeyEncoder.Source]? {
        var sources: [GroupKeyEncoder.Source] = []
        for e in expressions {
            switch e.unlocated {
            case .slot, .property(.slot, _, _?): sources.append(GroupKeyEncoder.source(for: e))
            default: return nil
            }
        }
        return sources
    }

    /// Compiles a SKIP/LIMIT count: it may not read variables; a constant must be a
    /// non-negative integer (checked now, at compile time).
    private func count(_ e: Expression, clause: String) throws(QueryError) -> CompiledExpression {
        let compiled: CompiledExpression
        do {
            compiled = try ExpressionCompiler(context: context, scope: Scope()).compile(e)
        } catch where error.detailCode == .undefinedVariable {
            throw .compile(.syntaxError, .nonConstantExpression, "\(clause) must not depend on variables", at: e.span)
        }
        var readsParameter = false
        e.visit { x in
            if case .parameter = x.kind { readsParameter = true }
            return !readsParameter
        }
        if case .constant(let v) = compiled, !readsParameter {
            do {
                _ = try SkipLimitOperator.count(v, clause: clause)
            } catch {
                throw .compile(error.code, error.detailCode, error.message, at: e.span)
            }
        }
        return compiled
    }

    private func aggregateSpec(_ call: Expression, slot: Int, _ compiler: ExpressionCompiler) throws(QueryError) -> AggregateSpec {
        switch call.kind {
        case .countStar: return AggregateSpec(function: .countStar, isDistinct: false, argument: nil, parameter: nil, slot: slot)
        case .functionCall(let f):
            guard let function = AggregateFunction.named(f.name) else {
                throw .compile(.syntaxError, .unsupportedFeature, "aggregate \(f.name)() is not supported", at: call.span)
            }
            guard f.arguments.count == (function.takesParameter ? 2 : 1) else {
                throw .compile(.syntaxError, .invalidNumberOfArguments, "\(f.name)() takes \(function.takesParameter ? 2 : 1) argument(s)", at: call.span)
            }
            return AggregateSpec(function: function, isDistinct: f.isDistinct, argument: try compiler.compile(f.arguments[0]),
                                 parameter: function.takesParameter ? try compiler.compile(f.arguments[1]) : nil, slot: slot)
        default:
            throw .compile(.syntaxError, .invalidAggregation, "not an aggregate", at: call.span)
        }
    }

    /// The outermost aggregate calls inside `e`.
    static func aggregateCalls(in e: Expression) -> [Expression] {
        switch e.kind {
        case .countStar: return [e]
        case .functionCall(let f) where FunctionCatalog.isAggregate(f.name): return [e]
        default: return e.children.flatMap { aggregateCalls(in: $0) }
        }
    }
}
