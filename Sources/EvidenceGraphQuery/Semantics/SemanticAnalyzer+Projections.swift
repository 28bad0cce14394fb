extension SemanticAnalyzer {
    /// The column names a projection produces, from the current (incoming) scope.
    func projectionColumns(_ projection: Projection) -> [String] {
        (projection.includesAll ? scope.sortedNames : []) + projection.items.map(\.name)
    }

    /// Checks a WITH / RETURN projection against the current scope and returns the scope it
    /// leaves behind.
    mutating func analyzeProjection(_ projection: Projection, isReturn: Bool) throws(QueryError) -> VariableScope {
        let incoming = scope
        if isReturn, projection.includesAll, incoming.isEmpty {
            throw .compile(.noVariablesInScope, "RETURN * is not allowed when there are no variables in scope",
                           at: projection.span.start)
        }
        var types: [ValueType] = []
        for item in projection.items { types.append(try check(item.expression, .init(aggregates: .allowed))) }
        let aggregating = projection.items.contains { $0.expression.containsAggregate }
        let groupingKeys = projection.items.filter { !$0.expression.containsAggregate }
        if aggregating {
            for item in projection.items where item.expression.containsAggregate {
                try checkImplicitGrouping(item.expression, keys: groupingKeys, keyAliases: [])
            }
        }
        var names: Set<String> = []
        for item in projection.items where !names.insert(item.name).inserted {
            throw .compile(.columnNameConflict, "multiple result columns with the same name `\(item.name)`", at: item.span.start)
        }
        var outgoing = projection.includesAll ? incoming : VariableScope()
        for (item, type) in zip(projection.items, types) {
            outgoing.bind(item.name, as: type)
            if let alias = item.alias { variableKinds[alias.span.start.offset] = type.variableKind }
        }
        try checkOrderBy(projection, incoming: incoming, outgoing: outgoing, types: types, aggregating: aggregating,
                         groupingKeys: groupingKeys)
        if let skip = projection.skip { try checkRowCount(skip, "SKIP") }
        if let limit = projection.limit { try checkRowCount(limit, "LIMIT") }
        if !isReturn, let item = projection.items.first(where: { $0.alias == nil && !$0.expression.isVariable }) {
            throw .compile(.noExpressionAlias, "expression in WITH must be aliased (use AS)", at: item.span.start)
        }
        scope = outgoing
        return outgoing
    }

    /// ORDER BY sees the projected names; without aggregation or DISTINCT also the incoming ones.
    private mutating func checkOrderBy(_ projection: Projection, incoming: VariableScope, outgoing: VariableScope, types: [ValueType],
                                       aggregating: Bool, groupingKeys: [ProjectionItem]) throws(QueryError) {
        guard !projection.orderBy.isEmpty else { return }
        let saved = scope
        defer { scope = saved }
        var context = ExpressionContext()
        if aggregating || projection.isDistinct {
            scope = outgoing
            context.projected = zip(projection.items, types).map { ($0.expression, $1) }
            context.aggregates = aggregating ? .allowed : .forbidden
        } else {
            scope = incoming.overlaid(with: outgoing)
        }
        let keyAliases = Set(groupingKeys.compactMap { $0.alias?.name })
        for sort in projection.orderBy {
            _ = try check(sort.expression, context)
            if aggregating, sort.expression.containsAggregate {
                try checkImplicitGrouping(sort.expression, keys: groupingKeys, keyAliases: keyAliases)
            }
        }
    }

    /// In an expression mixing aggregates with other terms, those terms must be grouping keys
    /// that are variables or property lookups (or aliases of keys); anything else is
    /// AmbiguousAggregationExpression.
    private func checkImplicitGrouping(_ expression: Expression, keys: [ProjectionItem], keyAliases: Set<String>,
                                       locals: Set<String> = []) throws(QueryError) {
        if expression.isAggregateCall { return }
        if let key = keys.first(where: { $0.expression == expression }) {
            guard key.expression.isVariableOrProperty else {
                throw .compile(.ambiguousAggregationExpression,
                               "`\(key.text)` is a grouping key too complex to use beside an aggregate; project it with an alias",
                               at: expression.span.start)
            }
            return
        }
        switch expression.kind {
        case .variable(let name):
            guard keyAliases.contains(name) || locals.contains(name) || keys.contains(where: { $0.alias == nil && $0.text == name }) else {
                throw .compile(.ambiguousAggregationExpression,
                               "`\(name)` is used beside an aggregate but is not a grouping key", at: expression.span.start)
            }
        case .listComprehension(let c), .quantifier(_, let c):
            try checkImplicitGrouping(c.source, keys: keys, keyAliases: keyAliases, locals: locals)
            for e in [c.predicate, c.projection].compactMap({ $0 }) {
                try checkImplicitGrouping(e, keys: keys, keyAliases: keyAliases, locals: locals.union([c.variable.name]))
            }
        case .reduce(let r):
            try checkImplicitGrouping(r.initial, keys: keys, keyAliases: keyAliases, locals: locals)
            try checkImplicitGrouping(r.source, keys: keys, keyAliases: keyAliases, locals: locals)
            try checkImplicitGrouping(r.expression, keys: keys, keyAliases: keyAliases,
                                      locals: locals.union([r.accumulator.name, r.variable.name]))
        case .patternComprehension, .existsSubquery, .patternPredicate:
            return
        default:
            for child in expression.children {
                try checkImplicitGrouping(child, keys: keys, keyAliases: keyAliases, locals: locals)
            }
        }
    }

    /// SKIP / LIMIT: constant, a non-negative integer when literal.
    private mutating func checkRowCount(_ expression: Expression, _ clause: String) throws(QueryError) {
        var usesVariables = false
        expression.visit { e in
            if case .variable = e.kind { usesVariables = true }
            return !usesVariables
        }
        if usesVariables {
            throw .compile(.nonConstantExpression, "\(clause) must be a constant or a parameter", at: expression.span.start)
        }
        let saved = scope
        defer { scope = saved }
        scope = VariableScope()
        let type = try check(expression, .init())
        if case .literal(.integer(let value)) = expression.kind, value < 0 {
            throw .compile(.negativeIntegerArgument, "\(clause) must not be negative", at: expression.span.start)
        }
        guard type == .integer || type == .any || type == .null else {
            throw .compile(.invalidArgumentType, "\(clause) must be an integer, got \(type)", at: expression.span.start)
        }
    }
}

extension Expression {
    var isVariable: Bool {
        if case .variable = kind { return true }
        return false
    }

    /// `v` or `v.key`.
    var isVariableOrProperty: Bool {
        if case .property(let base, _) = kind { return base.isVariable }
        return isVariable
    }

    /// `count(*)` or a call of an aggregate function.
    var isAggregateCall: Bool {
        switch kind {
        case .countStar: true
        case .functionCall(let call): FunctionCatalog.isAggregate(call.name)
        default: false
        }
    }
}
