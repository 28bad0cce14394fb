import EvidenceGraph

/// Prints a query result for `evg query` and the REPL: the rendering is the library's
/// (``QueryResultFormat``; `svg` is its DOT drawing laid out by ``Graphviz``); what a format
/// has no room for (a `PROFILE` plan in CSV or a drawing) goes to standard error first.
enum QueryOutput {
    /// - Throws: ``GraphvizError`` for `svg` when Graphviz's `dot` is missing or fails.
    static func render(_ result: QueryResult, format: QueryCommand.Format, pretty: Bool = false) throws -> String {
        let library = format.resultFormat
        if let aside = library.aside(result) { printError(aside) }
        let text = library.render(result, pretty: pretty)
        guard format == .svg, result.plan == nil || result.profiled else { return text }
        return try Graphviz().svg(text)
    }
}

extension QueryCommand.Format {
    /// The library's format of the same name (`svg`: the DOT drawing it lays out).
    var resultFormat: QueryResultFormat {
        switch self {
        case .table: .table
        case .json: .json
        case .csv: .csv
        case .dot, .svg: .dot
        }
    }
}
