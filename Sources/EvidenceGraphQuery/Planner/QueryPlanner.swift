/// A planned single query: its operator tree and result columns.
struct PlannedQuery {
    var root: PhysicalOperator
    var columns: [(name: String, slot: Int)]
    /// `false` for a query without `RETURN` (e.g. a bare `CREATE`): it yields no rows.
    var returnsRows: Bool
}

/// Plans the clauses of a single query, left to right, on top of an argument plan.
struct QueryPlanner {
    let context: PlannerContext

    /// Plans `query`, starting from `scope` (empty at top level, the outer variables in a
    /// subquery) over `input`.
    func plan(_ query: SingleQuery, input: PhysicalOperator, scope initial: Scope) throws(QueryError) -> PlannedQuery {
        var plan = input
        var scope = initial
        var columns: [(name: String, slot: Int)] = []
        var returnsRows = false
        var writes = false
        for clause in query.clauses {
            switch clause {
            case .match(let m):
                let patterns = PatternPlanner(context: context)
                if m.isOptional {
                    let argument = ArgumentOperator()
                    let inner = try patterns.plan(m.pattern, predicate: m.predicate, input: argument, scope: scope)
                    plan = ApplyOperator(outer: plan, inner: inner.plan, mode: .optional(nullSlots: inner.newSlots))
                    scope = inner.scope
                } else {
                    let planned = try patterns.plan(m.pattern, predicate: m.predicate, input: plan, scope: scope)
                    plan = planned.plan
                    scope = planned.scope
                }
            case .unwind(let u):
                let compiler = ExpressionCompiler(context: context, scope: scope)
                let expression = try compiler.compile(u.expression)
                let slot = context.allocateSlot()
                scope[u.variable.name] = slot
                plan = UnwindOperator(input: plan, expression: expression, slot: slot,
                                      text: context.text(of: u.expression.span) + " AS " + u.variable.name)
            case .with(let w):
                let planned = try ProjectionPlanner(context: context).plan(w.projection, predicate: w.predicate, input: plan, scope: scope,
                                                                           drainsInput: writes)
                plan = planned.plan
                scope = planned.scope
            case .return(let r):
                let planned = try ProjectionPlanner(context: context).plan(r.projection, predicate: nil, input: plan, scope: scope,
                                                                           drainsInput: writes)
                plan = planned.plan
                scope = planned.scope
                columns = planned.columns
                returnsRows = true
            case .create(let c):
                writes = true
                let planned = try CreatePlanner(context: context).plan(c, input: plan, scope: scope)
                plan = planned.plan
                scope = planned.scope
            case .merge(let c):
                writes = true
                let planned = try MergePlanner(context: context).plan(c, input: plan, scope: scope)
                plan = planned.plan
                scope = planned.scope
            case .set(let c):
                writes = true
                plan = try UpdatePlanner(context: context, scope: scope).plan(c, input: plan)
            case .delete(let c):
                writes = true
                plan = try UpdatePlanner(context: context, scope: scope).plan(c, input: plan)
            case .remove(let c):
                writes = true
                plan = try UpdatePlanner(context: context, scope: scope).plan(c, input: plan)
            }
        }
        return PlannedQuery(root: plan, columns: columns, returnsRows: returnsRows)
    }
}

/// Plans pattern predicates, pattern comprehensions and `EXISTS { … }` as subplans run
/// per outer row.
struct SubqueryPlanner {
    let context: PlannerContext
    let outer: Scope

    func planPattern(_ pattern: Pattern, predicate: Expression?) throws(QueryError) -> (subplan: Subplan, scope: Scope) {
        let planned = try PatternPlanner(context: context).plan(pattern, predicate: predicate, input: ArgumentOperator(), scope: outer)
        return (Subplan(root: planned.plan, dependencies: Set(outer.slots.values)), planned.scope)
    }

    func planQuery(_ body: QueryBody) throws(QueryError) -> Subplan {
        guard body.unions.isEmpty else {
            throw .compile(.syntaxError, .unsupportedFeature, "UNION inside EXISTS is not supported", at: body.first.span)
        }
        let planned = try QueryPlanner(context: context).plan(body.first, input: ArgumentOperator(), scope: outer)
        return Subplan(root: planned.root, dependencies: Set(outer.slots.values))
    }
}
