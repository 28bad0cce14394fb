/// Entry point of the front end: text → `Statement`.
enum QueryParser {
    /// Parses one statement (an optional trailing `;` is allowed).
    /// - Throws: `QueryError` with class `SyntaxError`, phase `.compileTime`, and the line and
    ///   column of the offending token.
    static func parse(_ text: String) throws(QueryError) -> Statement {
        throw QueryError(errorClass: "SyntaxError", detail: "NotImplemented", phase: .compileTime,
                         message: "the parser is not built yet", line: 1, column: 1)
    }
}
