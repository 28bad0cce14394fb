import EvidenceGraph

/// Shows a query error as `line:column: Class: message`, then the offending line of the
/// query with a caret under the column (``QueryError/rendered(in:)``).
enum QueryErrorDisplay {
    static func render(_ error: any Error, in text: String) -> String {
        guard let e = error as? QueryError else { return "error: \(error)" }
        return "error: " + e.rendered(in: text)
    }
}
