/// How a pattern binds its variables.
enum PatternMode: Equatable {
    /// MATCH / OPTIONAL MATCH: new variables bound; reused ones must have a matching kind;
    /// a parameter as property map is InvalidParameterUse.
    case match
    /// CREATE / MERGE (the clause name for messages): bound nodes only as plain chain ends,
    /// relationships always new, with one type, directed, fixed length.
    case create(String)
    /// A pattern predicate: no new variables.
    case predicate
    /// A pattern comprehension or `EXISTS { pattern }`: like MATCH, in a scope of its own.
    case local
}

extension SemanticAnalyzer {
    mutating func bindMatchPattern(_ pattern: Pattern) throws(QueryError) {
        try bindPattern(pattern, mode: .match)
    }

    mutating func bindCreatePattern(_ pattern: Pattern, clause: String) throws(QueryError) {
        try bindPattern(pattern, mode: .create(clause))
    }

    /// Binds the variables of `pattern` in order, checking the rules of `mode`.
    mutating func bindPattern(_ pattern: Pattern, mode: PatternMode) throws(QueryError) {
        var introduced: Set<String> = []
        for part in pattern.parts {
            try bindElement(part.element, mode: mode, introduced: &introduced)
            if let path = part.pathVariable {
                guard !scope.contains(path.name) else {
                    throw .compile(.variableAlreadyBound, "variable `\(path.name)` is already declared", at: path.span.start)
                }
                bind(path, as: .path)
                introduced.insert(path.name)
            }
        }
    }

    private mutating func bindElement(_ element: PatternElement, mode: PatternMode,
                                      introduced: inout Set<String>) throws(QueryError) {
        try bindNode(element.start, isLoneNode: element.steps.isEmpty, mode: mode, introduced: &introduced)
        for step in element.steps {
            try bindRelationship(step.relationship, mode: mode, introduced: &introduced)
            try bindNode(step.node, isLoneNode: false, mode: mode, introduced: &introduced)
        }
    }

    private mutating func bindNode(_ node: NodePattern, isLoneNode: Bool, mode: PatternMode,
                                   introduced: inout Set<String>) throws(QueryError) {
        try checkPatternProperties(node.properties, mode: mode)
        guard let variable = node.variable else { return }
        if let existing = scope[variable.name] {
            if case .create(let clause) = mode, isLoneNode || !node.labels.isEmpty || node.properties != nil {
                throw .compile(.variableAlreadyBound,
                               "variable `\(variable.name)` is already declared; \(clause) cannot add labels or properties to it",
                               at: variable.span.start)
            }
            guard existing.may(be: .node) else {
                throw .compile(.variableTypeConflict, "variable `\(variable.name)` is \(existing), not a node", at: variable.span.start)
            }
            return
        }
        if mode == .predicate {
            throw .compile(.undefinedVariable, "variable `\(variable.name)` not defined (a pattern predicate cannot introduce variables)",
                           at: variable.span.start)
        }
        bind(variable, as: .node)
        introduced.insert(variable.name)
    }

    private mutating func bindRelationship(_ relationship: RelationshipPattern, mode: PatternMode,
                                           introduced: inout Set<String>) throws(QueryError) {
        if case .create(let clause) = mode {
            let at = relationship.span.start
            if let variable = relationship.variable, scope.contains(variable.name) {
                throw .compile(.variableAlreadyBound, "variable `\(variable.name)` is already declared", at: variable.span.start)
            }
            guard relationship.types.count == 1 else {
                throw .compile(.noSingleRelationshipType, "\(clause) needs exactly one relationship type", at: at)
            }
            guard relationship.direction != .either || clause == "MERGE" else {
                throw .compile(.requiresDirectedRelationship, "\(clause) needs a directed relationship", at: at)
            }
            guard relationship.length == nil else {
                throw .compile(.creatingVarLength, "\(clause) cannot create a variable-length relationship", at: at)
            }
        }
        try checkPatternProperties(relationship.properties, mode: mode)
        guard let variable = relationship.variable else { return }
        let type: ValueType = relationship.length == nil ? .relationship : .list(.relationship)
        if let existing = scope[variable.name] {
            if case .create = mode {
                throw .compile(.variableAlreadyBound, "variable `\(variable.name)` is already declared", at: variable.span.start)
            }
            let isRelationship = existing.may(be: .relationship) || (existing.may(be: .list) && existing.elementType.may(be: .relationship))
            if introduced.contains(variable.name), isRelationship, existing != .any {
                throw .compile(.relationshipUniquenessViolation,
                               "relationship `\(variable.name)` cannot be used twice in one pattern", at: variable.span.start)
            }
            let compatible = type == .relationship ? existing.may(be: .relationship)
                : existing.may(be: .list) && existing.elementType.may(be: .relationship)
            guard compatible else {
                throw .compile(.variableTypeConflict, "variable `\(variable.name)` is \(existing), not \(type)", at: variable.span.start)
            }
            return
        }
        if mode == .predicate {
            throw .compile(.undefinedVariable, "variable `\(variable.name)` not defined (a pattern predicate cannot introduce variables)",
                           at: variable.span.start)
        }
        bind(variable, as: type)
        introduced.insert(variable.name)
    }

    private mutating func checkPatternProperties(_ properties: Expression?, mode: PatternMode) throws(QueryError) {
        guard let properties else { return }
        if case .parameter = properties.kind, mode != .create("CREATE") {
            throw .compile(.invalidParameterUse, "a parameter cannot be used as a property map here; write {key: $param.key}",
                           at: properties.span.start)
        }
        _ = try check(properties, .init())
    }
}
