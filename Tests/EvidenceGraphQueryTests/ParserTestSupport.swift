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
    do {
        _ = try QueryParser.parse(text)
        return nil
    } catch {
        return error
    }
}
