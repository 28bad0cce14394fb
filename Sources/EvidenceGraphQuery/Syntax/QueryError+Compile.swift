extension QueryError {
    /// A compile-time error at `position`. The TCK classes nearly all compile-time failures,
    /// semantic ones included, as `SyntaxError`; pass `code` for the exceptions.
    static func compile(_ detail: DetailCode, _ message: String, at position: SourcePosition,
                        code: Code = .syntaxError) -> QueryError {
        QueryError(code: code, detail: detail, phase: .compileTime, message: message,
                   line: position.line, column: position.column)
    }
}
