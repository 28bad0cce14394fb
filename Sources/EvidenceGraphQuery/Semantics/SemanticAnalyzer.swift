/// Entry point of semantic analysis: scopes, variable kinds, aggregation rules.
enum SemanticAnalyzer {
    /// Checks `statement` and resolves the facts the planner needs.
    /// - Throws: `QueryError` (phase `.compileTime`) with the TCK detail code.
    static func analyze(_ statement: Statement) throws(QueryError) -> AnalyzedStatement {
        throw QueryError(errorClass: "SemanticError", detail: "NotImplemented", phase: .compileTime,
                         message: "semantic analysis is not built yet", line: 1, column: 1)
    }
}
