/// An expression and where it was written. Equality ignores the span.
struct Expression: Sendable, Hashable {
    var kind: ExpressionKind
    var span: SourceSpan

    init(_ kind: ExpressionKind, span: SourceSpan) {
        self.kind = kind
        self.span = span
    }
}

/// The forms an expression can take.
indirect enum ExpressionKind: Sendable, Hashable {
    case literal(Literal)
    /// `$name` or `$0` (the digits kept as the name).
    case parameter(String)
    case variable(String)
    /// `base.key`.
    case property(Expression, key: String)
    /// `base:Label1:Label2` — true when the node has all labels (or the relationship the type).
    case hasLabels(Expression, labels: [String])
    /// `[e, …]`.
    case list([Expression])
    /// `{key: e, …}`; keys keep their written order.
    case map([MapEntry])
    /// `base[index]` (lists by integer, maps by string key).
    case index(Expression, index: Expression)
    /// `base[from..to]`, either bound optional.
    case slice(Expression, from: Expression?, to: Expression?)
    case unary(UnaryOperator, Expression)
    case binary(BinaryOperator, Expression, Expression)
    /// `e IS NULL` (`negated == false`) or `e IS NOT NULL`.
    case isNull(Expression, negated: Bool)
    /// `name([DISTINCT] args…)`; `name` keeps namespace dots (`a.b.f`) and written case.
    case functionCall(FunctionCall)
    /// `count(*)`.
    case countStar
    case caseExpression(CaseExpression)
    /// `[variable IN source WHERE predicate | projection]`.
    case listComprehension(ListComprehension)
    /// `all|any|none|single(variable IN source WHERE predicate)`.
    case quantifier(Quantifier, ListComprehension)
    /// `reduce(accumulator = initial, variable IN source | expression)`.
    case reduce(Reduce)
    /// A pattern used as an expression, e.g. `WHERE (a)-->(b)`: true when it has a match
    /// (as a value, the list of matching paths).
    case patternPredicate(PatternElement)
    /// `[p = (a)-->(b) WHERE predicate | projection]`.
    case patternComprehension(PatternComprehension)
    /// `EXISTS { … }`.
    case existsSubquery(ExistsSubquery)
    /// `variable{.key, key: e, variable, .*}`.
    case mapProjection(variable: Variable, items: [MapProjectionItem])
}

/// A literal constant.
enum Literal: Sendable, Hashable {
    case null
    case bool(Bool)
    case integer(Int64)
    case float(Double)
    case string(String)
}

/// One `key: value` of a map literal.
struct MapEntry: Sendable, Hashable {
    var key: String
    var value: Expression
    var span: SourceSpan
}

enum UnaryOperator: String, Sendable, Hashable {
    case not = "NOT"
    case minus = "-"
    case plus = "+"
}

/// Binary operators; `rawValue` is the operator as written in canonical form.
enum BinaryOperator: String, Sendable, Hashable {
    case or = "OR", xor = "XOR", and = "AND"
    case equal = "=", notEqual = "<>"
    case less = "<", greater = ">", lessOrEqual = "<=", greaterOrEqual = ">="
    /// `=~` (regular expression match).
    case regexMatch = "=~"
    case `in` = "IN"
    case startsWith = "STARTS WITH", endsWith = "ENDS WITH", contains = "CONTAINS"
    case add = "+", subtract = "-", multiply = "*", divide = "/", modulo = "%", power = "^"

    /// Whether this is one of `= <> < > <= >=`.
    var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .less, .greater, .lessOrEqual, .greaterOrEqual: true
        default: false
        }
    }
}

/// `name([DISTINCT] arguments)`.
struct FunctionCall: Sendable, Hashable {
    /// As written, including any namespace (`toLower`, `a.b.f`).
    var name: String
    var isDistinct: Bool
    var arguments: [Expression]

    /// The lowercased name, for case-insensitive lookup.
    var normalizedName: String { name.lowercased() }
}

/// `CASE [subject] WHEN … THEN … [ELSE …] END`.
struct CaseExpression: Sendable, Hashable {
    struct Alternative: Sendable, Hashable {
        var when: Expression
        var then: Expression
    }
    /// Present for the simple form `CASE x WHEN 1 THEN …`, absent for `CASE WHEN cond THEN …`.
    var subject: Expression?
    var alternatives: [Alternative]
    var elseExpression: Expression?
}

/// `variable IN source [WHERE predicate] [| projection]`, shared by list comprehensions and
/// quantifiers (which never have a projection).
struct ListComprehension: Sendable, Hashable {
    var variable: Variable
    var source: Expression
    var predicate: Expression?
    var projection: Expression?
}

enum Quantifier: String, Sendable, Hashable {
    case all, any, none, single
}

/// `reduce(accumulator = initial, variable IN source | expression)`.
struct Reduce: Sendable, Hashable {
    var accumulator: Variable
    var initial: Expression
    var variable: Variable
    var source: Expression
    var expression: Expression
}

/// `[p = pattern WHERE predicate | projection]`.
struct PatternComprehension: Sendable, Hashable {
    var pathVariable: Variable?
    var pattern: PatternElement
    var predicate: Expression?
    var projection: Expression
}

/// `EXISTS { pattern [WHERE predicate] }` or `EXISTS { full query }`.
enum ExistsSubquery: Sendable, Hashable {
    case pattern(Pattern, predicate: Expression?)
    case query(QueryBody)
}

/// One item of a map projection `n{…}`.
enum MapProjectionItem: Sendable, Hashable {
    /// `.key` — the property of the projected variable.
    case property(String)
    /// `key: expression`.
    case literal(key: String, value: Expression)
    /// `variable` — entry named after the variable, holding its value.
    case variable(String)
    /// `.*` — all properties.
    case allProperties
}
