import EvidenceGraph

/// Prints a query result for `evg query` and the REPL: the rendering is the library's
/// (``QueryResultFormat``); what a format has no room for (a `PROFILE` plan in CSV) goes to
/// standard error first.
enum QueryOutput {
    static func render(_ result: QueryResult, format: QueryCommand.Format, pretty: Bool = false) -> String {
        let format = format.resultFormat
        if let aside = format.aside(result) { printError(aside) }
        return format.render(result, pretty: pretty)
    }
}

extension QueryCommand.Format {
    /// The library's format of the same name.
    var resultFormat: QueryResultFormat {
        switch self {
        case .table: .table
        case .json: .json
        case .csv: .csv
        }
    }
}
