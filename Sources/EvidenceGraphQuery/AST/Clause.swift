/// One clause of a single query.
enum Clause: Sendable, Hashable {
    case match(MatchClause)
    case unwind(UnwindClause)
    case with(WithClause)
    case `return`(ReturnClause)
    case create(CreateClause)
    case merge(MergeClause)
    case set(SetClause)
    case delete(DeleteClause)
    case remove(RemoveClause)

    /// Where the clause was written (from its first keyword).
    var span: SourceSpan {
        switch self {
        case .match(let c): c.span
        case .unwind(let c): c.span
        case .with(let c): c.span
        case .return(let c): c.span
        case .create(let c): c.span
        case .merge(let c): c.span
        case .set(let c): c.span
        case .delete(let c): c.span
        case .remove(let c): c.span
        }
    }
}

/// `[OPTIONAL] MATCH pattern [WHERE predicate]`.
struct MatchClause: Sendable, Hashable {
    var isOptional: Bool
    var pattern: Pattern
    var predicate: Expression?
    var span: SourceSpan
}

/// `UNWIND expression AS variable`.
struct UnwindClause: Sendable, Hashable {
    var expression: Expression
    var variable: Variable
    var span: SourceSpan
}

/// `WITH projection [WHERE predicate]`. The `WHERE` sees the projected names (and, when the
/// projection does not aggregate, the incoming ones too).
struct WithClause: Sendable, Hashable {
    var projection: Projection
    var predicate: Expression?
    var span: SourceSpan
}

/// `RETURN projection`.
struct ReturnClause: Sendable, Hashable {
    var projection: Projection
    var span: SourceSpan
}

/// The body shared by `WITH` and `RETURN`:
/// `[DISTINCT] (* | items) [ORDER BY …] [SKIP n] [LIMIT n]`.
struct Projection: Sendable, Hashable {
    var isDistinct: Bool
    /// `*` (all variables in scope, in name order), possibly followed by more items.
    var includesAll: Bool
    var items: [ProjectionItem]
    var orderBy: [SortItem]
    var skip: Expression?
    var limit: Expression?
    var span: SourceSpan
}

/// One `expression [AS alias]` of a projection.
struct ProjectionItem: Sendable, Hashable {
    var expression: Expression
    var alias: Variable?
    /// The expression exactly as written (whitespace inside kept, outer trimmed): the column
    /// name when there is no alias, as openCypher names `RETURN n.name` → `n.name`.
    var text: String
    var span: SourceSpan

    /// The result column / variable name this item introduces.
    var name: String { alias?.name ?? text }
}

/// One `ORDER BY` key.
struct SortItem: Sendable, Hashable {
    var expression: Expression
    /// `ASC`/`ASCENDING` (default) or `DESC`/`DESCENDING`.
    var isAscending: Bool
    var span: SourceSpan
}

/// `CREATE pattern`.
struct CreateClause: Sendable, Hashable {
    var pattern: Pattern
    var span: SourceSpan
}

/// `MERGE part [ON CREATE SET … | ON MATCH SET …]…`.
struct MergeClause: Sendable, Hashable {
    struct Action: Sendable, Hashable {
        /// `true` for `ON CREATE`, `false` for `ON MATCH`.
        var onCreate: Bool
        var items: [SetItem]
        var span: SourceSpan
    }
    var part: PatternPart
    var actions: [Action]
    var span: SourceSpan
}

/// `SET item, …`.
struct SetClause: Sendable, Hashable {
    var items: [SetItem]
    var span: SourceSpan
}

/// One `SET` assignment.
enum SetItem: Sendable, Hashable {
    /// `target.key = value` (target is any expression yielding a node/relationship).
    case property(target: Expression, key: String, value: Expression, span: SourceSpan)
    /// `variable = map` (replace all properties).
    case replaceProperties(Variable, Expression, span: SourceSpan)
    /// `variable += map`.
    case mergeProperties(Variable, Expression, span: SourceSpan)
    /// `variable:Label:…`.
    case labels(Variable, [String], span: SourceSpan)
}

/// `[DETACH] DELETE expression, …`.
struct DeleteClause: Sendable, Hashable {
    var isDetach: Bool
    var expressions: [Expression]
    var span: SourceSpan
}

/// `REMOVE item, …`.
struct RemoveClause: Sendable, Hashable {
    enum Item: Sendable, Hashable {
        /// `target.key`.
        case property(target: Expression, key: String, span: SourceSpan)
        /// `variable:Label:…`.
        case labels(Variable, [String], span: SourceSpan)
    }
    var items: [Item]
    var span: SourceSpan
}
