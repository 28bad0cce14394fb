/// Entry point of the front end: text → `Statement`.
///
/// ```swift
/// let statement = try QueryParser.parse("MATCH (d:Drug) WHERE d.name STARTS WITH 'A' RETURN d.name")
/// ```
enum QueryParser {
    /// Parses one statement (an optional trailing `;` is allowed).
    /// - Throws: `QueryError` with class `SyntaxError`, phase `.compileTime`, a TCK detail code
    ///   (`UnexpectedSyntax`, `IntegerOverflow`, `InvalidNumberLiteral`, …) and the line and
    ///   column of the offending token.
    static func parse(_ text: String) throws(QueryError) -> Statement {
        try withLargeStack(unlessShallow: text) { () throws(QueryError) -> Statement in try parseOnCurrentThread(text) }
    }

    /// `parse` without the large-stack thread, for callers already on one.
    static func parseOnCurrentThread(_ text: String) throws(QueryError) -> Statement {
        let source = SourceText(text)
        var parser = Parser(source: source, tokens: try Lexer.tokenize(source))
        return try parser.parseStatement()
    }
}
