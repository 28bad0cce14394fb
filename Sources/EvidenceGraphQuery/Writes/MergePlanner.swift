/// Plans `MERGE part [ON CREATE SET …] [ON MATCH SET …]`: the pattern planned as a match
/// (run per input row), the same pattern planned as a create, and the actions.
struct MergePlanner {
    let context: PlannerContext

    func plan(_ clause: MergeClause, input: PhysicalOperator, scope incoming: Scope) throws(QueryError) -> (plan: PhysicalOperator, scope: Scope) {
        let pattern = Pattern(parts: [clause.part], span: clause.part.span)
        let matched = try PatternPlanner(context: context).plan(pattern, predicate: nil, input: ArgumentOperator(), scope: incoming)
        let (create, createScope) = try CreatePlanner(context: context).createPattern(pattern, scope: incoming, allowsUndirected: true)
        // The create side allocates its own slots; a created row is copied into the match's.
        var copies: [(from: Int, to: Int)] = []
        for (name, slot) in matched.scope.slots where incoming[name] == nil {
            if let from = createScope[name], from != slot { copies.append((from, slot)) }
        }
        let updates = UpdatePlanner(context: context, scope: matched.scope)
        var onCreate: [UpdateAction] = [], onMatch: [UpdateAction] = []
        for action in clause.actions {
            if action.onCreate {
                onCreate += try updates.actions(action.items)
            } else {
                onMatch += try updates.actions(action.items)
            }
        }
        let plan = MergeOperator(input: input, match: matched.plan, create: create, copies: copies,
                                 onCreate: onCreate, onMatch: onMatch, text: context.text(of: clause.part.span))
        return (plan, matched.scope)
    }
}
