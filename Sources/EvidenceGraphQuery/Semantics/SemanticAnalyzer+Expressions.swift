extension SemanticAnalyzer {
    /// Checks an expression (variables bound, aggregation placement, provable type errors) and
    /// infers its type.
    mutating func check(_ expression: Expression, _ context: ExpressionContext) throws(QueryError) -> ValueType {
        if let match = context.projected.first(where: { $0.expression == expression }) { return match.type }
        let at = expression.span.start
        switch expression.kind {
        case .literal(let literal):
            return literal.valueType
        case .parameter:
            return .any
        case .variable(let name):
            guard let type = scope[name] else { throw .compile(.undefinedVariable, "variable `\(name)` not defined", at: at) }
            return type
        case .property(let base, _):
            let type = try check(base, context.operand)
            if type == .path {
                throw .compile(.invalidArgumentType, "a path has no properties", at: at)
            }
            guard type.may(be: .propertyContainer) else {
                throw .compile(.invalidArgumentType, "type mismatch: expected a map, node or relationship but was \(type)",
                               at: at, code: .typeError)
            }
            return .any
        case .hasLabels(let base, _):
            let type = try check(base, context.operand)
            guard type.may(be: .node) || type.may(be: .relationship) else {
                throw .compile(.invalidArgumentType, "type mismatch: expected a node but was \(type)", at: at)
            }
            return .boolean
        case .list(let elements):
            var element: ValueType?
            for e in elements {
                let type = try check(e, context.operand)
                element = element.map { $0.joined(with: type) } ?? type
            }
            return .list(element ?? .any)
        case .map(let entries):
            for entry in entries { _ = try check(entry.value, context.operand) }
            return .map
        case .index(let base, let index):
            let type = try check(base, context.operand)
            _ = try check(index, context.operand)
            return type.elementType
        case .slice(let base, let from, let to):
            let type = try check(base, context.operand)
            if let from { _ = try check(from, context.operand) }
            if let to { _ = try check(to, context.operand) }
            return type
        case .unary(let op, let operand):
            if op == .not {
                let type = try check(operand, context)
                try requireCategory(type, .boolean, of: operand, "NOT")
                return .boolean
            }
            let type = try check(operand, context.operand)
            try requireCategory(type, .number, of: operand, "unary \(op.rawValue)")
            return type == .integer || type == .float ? type : .any
        case .binary(let op, let lhs, let rhs):
            return try checkBinary(op, lhs, rhs, context)
        case .isNull(let operand, _):
            _ = try check(operand, context.operand)
            return .boolean
        case .functionCall(let call):
            return try checkCall(call, at: at, context)
        case .countStar:
            try checkAggregatePlacement(at: at, context)
            return .integer
        case .caseExpression(let c):
            if let subject = c.subject { _ = try check(subject, context.operand) }
            var result: ValueType?
            for alternative in c.alternatives {
                _ = try check(alternative.when, context.operand)
                let type = try check(alternative.then, context.operand)
                result = result.map { $0.joined(with: type) } ?? type
            }
            if let e = c.elseExpression {
                let type = try check(e, context.operand)
                result = result.map { $0.joined(with: type) } ?? type
            } else {
                result = result?.joined(with: .null)
            }
            return result ?? .any
        case .listComprehension(let c):
            return .list(try checkComprehension(c, context))
        case .quantifier(_, let c):
            _ = try checkComprehension(c, context)
            return .boolean
        case .reduce(let r):
            return try checkReduce(r, context)
        case .patternPredicate(let element):
            guard context.booleanPosition else {
                throw .compile(.unexpectedSyntax, "a pattern can only be used as a predicate here; use EXISTS { … } or a pattern comprehension", at: at)
            }
            let saved = scope
            defer { scope = saved }
            try bindPattern(Pattern(parts: [PatternPart(pathVariable: nil, element: element, span: element.span)],
                                    span: element.span), mode: .predicate)
            return .boolean
        case .patternComprehension(let c):
            let saved = scope
            defer { scope = saved }
            try bindPattern(Pattern(parts: [PatternPart(pathVariable: c.pathVariable, element: c.pattern, span: c.pattern.span)],
                                    span: c.pattern.span), mode: .local)
            if let predicate = c.predicate { try checkLocalPredicate(predicate, context) }
            return .list(try check(c.projection, context.perElement))
        case .existsSubquery(let subquery):
            let saved = scope
            defer { scope = saved }
            switch subquery {
            case .pattern(let pattern, let predicate):
                try bindPattern(pattern, mode: .local)
                if let predicate { try checkLocalPredicate(predicate, context) }
            case .query(let body):
                _ = try analyzeBody(body, isSubquery: true)
            }
            return .boolean
        case .mapProjection(let variable, let items):
            guard let type = scope[variable.name] else {
                throw .compile(.undefinedVariable, "variable `\(variable.name)` not defined", at: variable.span.start)
            }
            guard type.may(be: .propertyContainer) else {
                throw .compile(.invalidArgumentType, "map projection needs a map, node or relationship, not \(type)", at: at)
            }
            for item in items {
                switch item {
                case .literal(_, let value): _ = try check(value, context.operand)
                case .variable(let name) where !scope.contains(name):
                    throw .compile(.undefinedVariable, "variable `\(name)` not defined", at: at)
                default: break
                }
            }
            return .map
        }
    }

    /// A WHERE inside a comprehension or subquery: boolean position, no aggregates.
    private mutating func checkLocalPredicate(_ predicate: Expression, _ context: ExpressionContext) throws(QueryError) {
        var inner = context.perElement
        inner.booleanPosition = true
        let type = try check(predicate, inner)
        try requireCategory(type, .boolean, of: predicate, "WHERE")
    }

    /// `variable IN source WHERE predicate | projection`; returns the projection's type.
    private mutating func checkComprehension(_ c: ListComprehension, _ context: ExpressionContext) throws(QueryError) -> ValueType {
        let source = try check(c.source, context.operand)
        guard source.may(be: .list) else {
            throw .compile(.invalidArgumentType, "expected a list after IN but was \(source)", at: c.source.span.start)
        }
        let saved = scope
        defer { scope = saved }
        scope.bind(c.variable.name, as: source.elementType)
        if let predicate = c.predicate { try checkLocalPredicate(predicate, context) }
        if let projection = c.projection { return try check(projection, context.perElement) }
        return source.elementType
    }

    private mutating func checkReduce(_ r: Reduce, _ context: ExpressionContext) throws(QueryError) -> ValueType {
        let initial = try check(r.initial, context.operand)
        let source = try check(r.source, context.operand)
        let saved = scope
        defer { scope = saved }
        scope.bind(r.accumulator.name, as: .any)
        scope.bind(r.variable.name, as: source.elementType)
        return initial.joined(with: try check(r.expression, context.perElement))
    }

    /// Throws InvalidArgumentType when `type` can never be in `category`.
    func requireCategory(_ type: ValueType, _ category: ValueType.Category, of expression: Expression,
                         _ what: String) throws(QueryError) {
        guard type.may(be: category) else {
            throw .compile(.invalidArgumentType, "type mismatch: \(what) expects \(category) but got \(type)",
                           at: expression.span.start)
        }
    }
}

extension Literal {
    var valueType: ValueType {
        switch self {
        case .null: .null
        case .bool: .boolean
        case .integer: .integer
        case .float: .float
        case .string: .string
        }
    }
}
