extension SemanticAnalyzer {
    /// Binary operators: boolean connectives, comparisons, predicates and arithmetic.
    mutating func checkBinary(_ op: BinaryOperator, _ lhs: Expression, _ rhs: Expression,
                              _ context: ExpressionContext) throws(QueryError) -> ValueType {
        switch op {
        case .and, .or, .xor:
            let left = try check(lhs, context), right = try check(rhs, context)
            try requireCategory(left, .boolean, of: lhs, op.rawValue)
            try requireCategory(right, .boolean, of: rhs, op.rawValue)
            return .boolean
        case .equal, .notEqual, .less, .greater, .lessOrEqual, .greaterOrEqual, .startsWith, .endsWith, .contains, .regexMatch:
            _ = try check(lhs, context.operand)
            _ = try check(rhs, context.operand)
            return .boolean
        case .in:
            _ = try check(lhs, context.operand)
            let right = try check(rhs, context.operand)
            try requireCategory(right, .list, of: rhs, "IN")
            return .boolean
        case .add:
            let left = try check(lhs, context.operand), right = try check(rhs, context.operand)
            return Self.sumType(left, right)
        case .subtract, .multiply, .divide, .modulo, .power:
            let left = try check(lhs, context.operand), right = try check(rhs, context.operand)
            try requireCategory(left, .number, of: lhs, op.rawValue)
            try requireCategory(right, .number, of: rhs, op.rawValue)
            if op == .power { return .float }
            if left == .integer, right == .integer { return .integer }
            if (left == .float && right.may(be: .number)) || (right == .float && left.may(be: .number)) { return .float }
            return .any
        }
    }

    /// The type of `a + b`: numbers, string concatenation or list concatenation.
    private static func sumType(_ a: ValueType, _ b: ValueType) -> ValueType {
        switch (a, b) {
        case (.integer, .integer): return .integer
        case (.float, .integer), (.integer, .float), (.float, .float): return .float
        case (.string, .string), (.string, .integer), (.string, .float), (.integer, .string), (.float, .string): return .string
        case (.list(let x), .list(let y)): return .list(x.joined(with: y))
        case (.list(let x), let y) where y != .any && y != .null: return .list(x.joined(with: y))
        default: return .any
        }
    }

    /// Function calls: known name, arity, aggregate placement, first-argument type.
    mutating func checkCall(_ call: FunctionCall, at: SourcePosition, _ context: ExpressionContext) throws(QueryError) -> ValueType {
        let name = call.normalizedName
        guard let signature = FunctionCatalog.signatures[name] else {
            guard FunctionCatalog.isTemporal(name) else {
                throw .compile(.unknownFunction, "unknown function '\(call.name)'", at: at)
            }
            for argument in call.arguments { _ = try check(argument, context.operand) }
            return .any
        }
        guard (signature.minimumArguments...signature.maximumArguments).contains(call.arguments.count) else {
            throw .compile(.invalidNumberOfArguments,
                           "\(call.name)() takes \(signature.minimumArguments == signature.maximumArguments ? "\(signature.minimumArguments)" : "\(signature.minimumArguments)…") argument(s), got \(call.arguments.count)",
                           at: at)
        }
        if context.aggregates == .insideAggregate, FunctionCatalog.nonDeterministic.contains(name) {
            throw .compile(.nonConstantExpression, "\(call.name)() cannot be used inside an aggregation", at: at)
        }
        var argumentContext = context.operand
        if FunctionCatalog.isAggregate(name) {
            try checkAggregatePlacement(at: at, context)
            argumentContext.aggregates = .insideAggregate
        }
        if name == "exists" { argumentContext.booleanPosition = true }
        var types: [ValueType] = []
        for argument in call.arguments { types.append(try check(argument, argumentContext)) }
        if let allowed = signature.firstArgument, let first = types.first, !allowed.contains(where: { first.may(be: $0) }) {
            throw .compile(.invalidArgumentType, "type mismatch: \(call.name)() cannot take \(first)", at: call.arguments[0].span.start)
        }
        return signature.result(types)
    }

    /// Throws when an aggregate may not stand here.
    func checkAggregatePlacement(at: SourcePosition, _ context: ExpressionContext) throws(QueryError) {
        switch context.aggregates {
        case .allowed: return
        case .forbidden:
            throw .compile(.invalidAggregation, "aggregate functions are only allowed in WITH and RETURN projections", at: at)
        case .insideAggregate:
            throw .compile(.nestedAggregation, "an aggregate function cannot contain another aggregate", at: at)
        }
    }
}

extension FunctionCatalog {
    /// Temporal constructors and their namespaced helpers (`date`, `datetime.fromepoch`, …):
    /// known to the analyzer, typed `Any`.
    static func isTemporal(_ lowercasedName: String) -> Bool {
        let root = lowercasedName.split(separator: ".").first.map(String.init) ?? lowercasedName
        return ["date", "datetime", "localdatetime", "time", "localtime", "duration"].contains(root)
    }
}
