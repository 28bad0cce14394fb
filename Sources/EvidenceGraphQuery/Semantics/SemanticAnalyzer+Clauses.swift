extension SemanticAnalyzer {
    /// Analyzes one clause and updates the scope; returns the columns of a RETURN.
    mutating func analyzeClause(_ clause: Clause) throws(QueryError) -> [String]? {
        switch clause {
        case .match(let match):
            try bindMatchPattern(match.pattern)
            if let predicate = match.predicate { try checkPredicate(predicate) }
        case .unwind(let unwind):
            let type = try check(unwind.expression, .init())
            try bindFresh(unwind.variable, as: type.elementType)
        case .with(let with):
            let incoming = scope
            let outgoing = try analyzeProjection(with.projection, isReturn: false)
            if let predicate = with.predicate {
                // WHERE after WITH sees the projected names and, unless the WITH aggregates,
                // the incoming ones beneath them.
                let aggregates = with.projection.items.contains { $0.expression.containsAggregate }
                scope = aggregates ? outgoing : incoming.overlaid(with: outgoing)
                try checkPredicate(predicate)
                scope = outgoing
            }
        case .return(let ret):
            let columns = projectionColumns(ret.projection)
            scope = try analyzeProjection(ret.projection, isReturn: true)
            return columns
        case .create(let create):
            try bindCreatePattern(create.pattern, clause: "CREATE")
        case .merge(let merge):
            try bindCreatePattern(Pattern(parts: [merge.part], span: merge.part.span), clause: "MERGE")
            for action in merge.actions { try checkSetItems(action.items) }
        case .set(let set):
            try checkSetItems(set.items)
        case .delete(let delete):
            for expression in delete.expressions {
                if case .hasLabels = expression.kind {
                    throw .compile(.invalidDelete, "DELETE takes nodes, relationships or paths, not label expressions",
                                   at: expression.span.start)
                }
                let type = try check(expression, .init())
                guard [.node, .relationship, .path, .list].contains(where: { type.may(be: $0) }) else {
                    throw .compile(.invalidArgumentType, "DELETE takes nodes, relationships or paths, not \(type)",
                                   at: expression.span.start)
                }
            }
        case .remove(let remove):
            for item in remove.items {
                switch item {
                case .property(let target, _, _): _ = try check(target, .init())
                case .labels(let variable, _, _): try requireBound(variable)
                }
            }
        }
        return nil
    }

    /// A WHERE predicate: no aggregates, pattern predicates allowed, must be boolean-ish.
    mutating func checkPredicate(_ predicate: Expression) throws(QueryError) {
        let type = try check(predicate, .init(aggregates: .forbidden, booleanPosition: true))
        try requireCategory(type, .boolean, of: predicate, "WHERE")
    }

    private mutating func checkSetItems(_ items: [SetItem]) throws(QueryError) {
        for item in items {
            switch item {
            case .property(let target, _, let value, _):
                _ = try check(target, .init())
                _ = try check(value, .init())
            case .replaceProperties(let variable, let value, _), .mergeProperties(let variable, let value, _):
                try requireBound(variable)
                _ = try check(value, .init())
            case .labels(let variable, _, _):
                try requireBound(variable)
            }
        }
    }

    /// Binds a new variable; it must not be bound yet.
    mutating func bindFresh(_ variable: Variable, as type: ValueType) throws(QueryError) {
        guard !scope.contains(variable.name) else {
            throw .compile(.variableAlreadyBound, "variable `\(variable.name)` is already declared", at: variable.span.start)
        }
        bind(variable, as: type)
    }

    /// Binds (or rebinds) a variable and records its kind for the planner.
    mutating func bind(_ variable: Variable, as type: ValueType) {
        scope.bind(variable.name, as: type)
        variableKinds[variable.span.start.offset] = type.variableKind
    }

    func requireBound(_ variable: Variable) throws(QueryError) {
        guard scope.contains(variable.name) else {
            throw .compile(.undefinedVariable, "variable `\(variable.name)` not defined", at: variable.span.start)
        }
    }
}
