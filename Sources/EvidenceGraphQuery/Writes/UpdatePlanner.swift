/// Compiles the items of `SET`, `REMOVE` and `DELETE` (and of `MERGE`'s `ON … SET`) into
/// `UpdateAction`s over the slots of `scope`.
struct UpdatePlanner {
    let context: PlannerContext
    let scope: Scope

    /// `SET item, …`.
    func plan(_ clause: SetClause, input: PhysicalOperator) throws(QueryError) -> PhysicalOperator {
        UpdateOperator(input: input, actions: try actions(clause.items), clause: "SetProperties",
                       text: context.text(of: clause.span))
    }

    /// `REMOVE item, …`.
    func plan(_ clause: RemoveClause, input: PhysicalOperator) throws(QueryError) -> PhysicalOperator {
        var actions: [UpdateAction] = []
        for item in clause.items {
            switch item {
            case .property(let target, let key, _):
                actions.append(.removeProperty(target: try compile(target), key: key))
            case .labels(let variable, let labels, _):
                actions.append(.removeLabels(target: try slot(variable), labels: labels))
            }
        }
        return UpdateOperator(input: input, actions: actions, clause: "Remove", text: context.text(of: clause.span))
    }

    /// `[DETACH] DELETE expression, …`.
    func plan(_ clause: DeleteClause, input: PhysicalOperator) throws(QueryError) -> PhysicalOperator {
        var actions: [UpdateAction] = []
        for e in clause.expressions { actions.append(.delete(try compile(e), detach: clause.isDetach)) }
        return UpdateOperator(input: input, actions: actions, clause: clause.isDetach ? "DetachDelete" : "Delete",
                              text: context.text(of: clause.span))
    }

    /// The actions of `SET` items.
    func actions(_ items: [SetItem]) throws(QueryError) -> [UpdateAction] {
        var actions: [UpdateAction] = []
        for item in items {
            switch item {
            case .property(let target, let key, let value, _):
                actions.append(.setProperty(target: try compile(target), key: key, value: try compile(value)))
            case .replaceProperties(let variable, let value, _):
                actions.append(.setProperties(target: try slot(variable), value: try compile(value), replace: true))
            case .mergeProperties(let variable, let value, _):
                actions.append(.setProperties(target: try slot(variable), value: try compile(value), replace: false))
            case .labels(let variable, let labels, _):
                actions.append(.addLabels(target: try slot(variable), labels: labels))
            }
        }
        return actions
    }

    private func compile(_ e: Expression) throws(QueryError) -> CompiledExpression {
        try ExpressionCompiler(context: context, scope: scope).compile(e)
    }

    private func slot(_ v: Variable) throws(QueryError) -> CompiledExpression {
        guard let s = scope[v.name] else {
            throw .compile(.syntaxError, .undefinedVariable, "variable `\(v.name)` not defined", at: v.span)
        }
        return .slot(s)
    }
}
