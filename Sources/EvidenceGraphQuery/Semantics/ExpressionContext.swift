/// Where an expression stands, for the rules that depend on it.
struct ExpressionContext {
    /// Whether aggregate calls may appear here.
    enum Aggregates {
        /// Projections (WITH / RETURN items, ORDER BY after aggregation).
        case allowed
        /// WHERE, UNWIND, patterns, comprehension bodies, …: InvalidAggregation.
        case forbidden
        /// Inside an aggregate's arguments: NestedAggregation; non-deterministic calls are
        /// NonConstantExpression.
        case insideAggregate
    }

    var aggregates: Aggregates = .forbidden
    /// True where a pattern predicate `(a)-->(b)` may stand: a WHERE root, operands of
    /// AND/OR/XOR/NOT there, and `exists(…)` arguments.
    var booleanPosition = false
    /// Expressions that stand for already-computed projection columns (ORDER BY after an
    /// aggregating or DISTINCT projection): matching sub-expressions are not looked into.
    var projected: [(expression: Expression, type: ValueType)] = []

    /// The same context for a sub-expression that is not in a boolean position.
    var operand: ExpressionContext {
        var copy = self
        copy.booleanPosition = false
        return copy
    }

    /// The context for comprehension bodies and similar per-element expressions.
    var perElement: ExpressionContext {
        var copy = self
        copy.booleanPosition = false
        if copy.aggregates == .allowed { copy.aggregates = .forbidden }
        return copy
    }
}
