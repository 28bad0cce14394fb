/// What semantic analysis hands to the planner: the checked tree plus facts resolved about it.
struct AnalyzedStatement: Sendable {
    /// The statement, unchanged.
    var statement: Statement
    /// The result column names, in order (empty for a query that returns nothing, e.g. a
    /// bare `CREATE`). `RETURN *` columns are the variables in scope sorted by name.
    var columns: [String]
    /// The kind inferred for every variable bound by a pattern, keyed by the span offset of
    /// the binding occurrence (names may be rebound after `WITH`).
    var variableKinds: [Int: VariableKind]
}

/// What a variable holds, as far as the analyzer can tell at compile time.
enum VariableKind: String, Sendable, Hashable {
    case node, relationship
    /// A variable-length relationship variable: a list of relationships.
    case relationshipList
    case path
    /// Anything else (a projected expression, an UNWIND element, …).
    case value
}

/// Facts about functions the executor and the analyzer share.
enum FunctionCatalog {
    /// Aggregate function names, lowercased.
    static let aggregates: Set<String> = [
        "count", "collect", "sum", "avg", "min", "max",
        "stdev", "stdevp", "percentilecont", "percentiledisc",
    ]

    /// Whether `name` (any case) names an aggregate function.
    static func isAggregate(_ name: String) -> Bool { aggregates.contains(name.lowercased()) }
}

extension Expression {
    /// Whether the expression contains an aggregate call (`count(*)`, `sum(x)`, …) outside
    /// nested subqueries.
    var containsAggregate: Bool {
        var found = false
        visit { e in
            switch e.kind {
            case .countStar: found = true
            case .functionCall(let f) where FunctionCatalog.isAggregate(f.name): found = true
            default: break
            }
            return !found
        }
        return found
    }
}
