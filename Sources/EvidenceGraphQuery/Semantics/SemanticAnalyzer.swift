/// Entry point of semantic analysis: scopes, variable kinds, aggregation rules, and the
/// compile-time type checks the TCK expects (all errors have phase `.compileTime`).
///
/// ```swift
/// let analyzed = try SemanticAnalyzer.analyze(try QueryParser.parse("MATCH (n) RETURN n.name"))
/// analyzed.columns   // ["n.name"]
/// ```
struct SemanticAnalyzer {
    /// Variables visible to the clause being analyzed.
    var scope = VariableScope()
    /// Inferred kinds of pattern-bound variables, by binding offset.
    var variableKinds: [Int: VariableKind] = [:]

    /// Checks `statement` and resolves the facts the planner needs.
    /// - Throws: `QueryError` (phase `.compileTime`) with the TCK detail code.
    static func analyze(_ statement: Statement) throws(QueryError) -> AnalyzedStatement {
        try withLargeStack { () throws(QueryError) -> AnalyzedStatement in try analyzeOnCurrentThread(statement) }
    }

    /// Parses and analyzes `text` on one large-stack thread (cheaper than `parse` + `analyze`).
    static func compile(_ text: String) throws(QueryError) -> AnalyzedStatement {
        try withLargeStack(unlessShallow: text) { () throws(QueryError) -> AnalyzedStatement in
            try analyzeOnCurrentThread(try QueryParser.parseOnCurrentThread(text))
        }
    }

    private static func analyzeOnCurrentThread(_ statement: Statement) throws(QueryError) -> AnalyzedStatement {
        var analyzer = SemanticAnalyzer()
        let columns = try analyzer.analyzeBody(statement.body, isSubquery: false)
        return AnalyzedStatement(statement: statement, columns: columns, variableKinds: analyzer.variableKinds)
    }

    /// Analyzes a union of single queries from the current scope; returns the column names.
    mutating func analyzeBody(_ body: QueryBody, isSubquery: Bool) throws(QueryError) -> [String] {
        if let firstAll = body.unions.first?.isAll,
           let mixed = body.unions.first(where: { $0.isAll != firstAll }) {
            throw .compile(.invalidClauseComposition, "UNION and UNION ALL cannot be mixed", at: mixed.span.start)
        }
        let outer = scope
        let columns = try analyzeSingleQuery(body.first, isSubquery: isSubquery)
        for union in body.unions {
            scope = outer
            let other = try analyzeSingleQuery(union.query, isSubquery: isSubquery)
            guard other == columns else {
                throw .compile(.differentColumnsInUnion,
                               "all parts of a UNION must return the same columns (\(columns) vs \(other))",
                               at: union.span.start)
            }
        }
        return columns
    }

    /// Analyzes the clauses in order; returns the RETURN columns (empty when none).
    private mutating func analyzeSingleQuery(_ query: SingleQuery, isSubquery: Bool) throws(QueryError) -> [String] {
        var columns: [String] = []
        for (index, clause) in query.clauses.enumerated() {
            let isLast = index == query.clauses.count - 1
            if isSubquery, clause.isUpdating {
                throw .compile(.invalidClauseComposition, "an EXISTS subquery cannot update the graph", at: clause.span.start)
            }
            if case .return = clause, !isLast {
                throw .compile(.invalidClauseComposition, "RETURN can only be the last clause", at: clause.span.start)
            }
            if let returned = try analyzeClause(clause) { columns = returned }
        }
        if !isSubquery, let last = query.clauses.last, !last.isUpdating, !last.isReturn {
            throw .compile(.invalidClauseComposition, "a query cannot end with this clause; add RETURN",
                           at: last.span.start)
        }
        return columns
    }
}

extension Clause {
    /// CREATE, MERGE, SET, DELETE, REMOVE.
    var isUpdating: Bool {
        switch self {
        case .create, .merge, .set, .delete, .remove: true
        case .match, .unwind, .with, .return: false
        }
    }

    var isReturn: Bool {
        if case .return = self { return true }
        return false
    }
}
