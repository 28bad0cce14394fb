/// Entry point of semantic analysis: scopes, variable kinds, aggregation rules.
enum SemanticAnalyzer {
    /// Checks `statement` and resolves the facts the planner needs.
    /// - Throws: `QueryError` (phase `.compileTime`) with the TCK detail code.
    static func analyze(_ statement: Statement) throws(QueryError) -> AnalyzedStatement {
        var columns: [String] = []
        if case .return(let r)? = statement.body.first.clauses.last {
            columns = r.projection.items.map(\.name)
        }
        return AnalyzedStatement(statement: statement, columns: columns, variableKinds: [:])
    }
}
