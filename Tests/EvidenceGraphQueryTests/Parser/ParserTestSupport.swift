import Testing
@testable import EvidenceGraphQuery

/// Parses `text` and prints it back in canonical, fully parenthesized form.
func canonical(_ text: String) throws -> String {
    DebugPrinter.print(try QueryParser.parse(text))
}

/// The canonical form of the single expression in `RETURN <expression>`.
func canonicalExpression(_ expression: String) throws -> String {
    let printed = try canonical("RETURN " + expression)
    return String(printed.dropFirst("RETURN ".count))
}

/// The error `text` fails to parse with, or `nil` when it parses.
func parseError(_ text: String) -> QueryError? {
    firstError { () throws(QueryError) in _ = try QueryParser.parse(text) }
}

/// The error `text` fails to parse or analyze with, or `nil` when it is accepted.
func compileError(_ text: String) -> QueryError? {
    firstError { () throws(QueryError) in _ = try SemanticAnalyzer.analyze(try QueryParser.parse(text)) }
}

private func firstError(_ body: () throws(QueryError) -> Void) -> QueryError? {
    do {
        try body()
        return nil
    } catch {
        return error
    }
}

/// Expects a compile-time error with `detail` at `line`:`column`.
func expectCompileError(_ error: QueryError?, _ detail: String, at line: Int, _ column: Int, query: String,
                        sourceLocation: SourceLocation = #_sourceLocation) {
    let found = error.map(String.init(describing:)) ?? "accepted"
    #expect(error?.detail == detail, "\(query): \(found)", sourceLocation: sourceLocation)
    #expect(error?.phase == .compileTime, sourceLocation: sourceLocation)
    #expect(error?.line == line, "\(query): \(found)", sourceLocation: sourceLocation)
    #expect(error?.column == column, "\(query): \(found)", sourceLocation: sourceLocation)
}
