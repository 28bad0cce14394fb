import EvidenceGraphQuery

/// Why an assessment could not be made.
public enum AssessmentError: Error, Sendable, CustomStringConvertible {
    /// A name in the patient file or an `--option` matches nothing in the knowledge base.
    case unknownName(kind: String, name: String, suggestions: [String])
    /// One of the assessment's own knowledge queries failed (a bug or an incompatible graph).
    case knowledgeQueryFailed(query: String, error: QueryError)
    /// The patient file is not valid.
    case invalidPatient(String)

    public var description: String {
        switch self {
        case .unknownName(let kind, let name, let suggestions):
            let hint = suggestions.isEmpty ? "" : "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?"
            return "unknown \(kind) '\(name)'\(hint)"
        case .knowledgeQueryFailed(let query, let error):
            return "knowledge query failed: \(error)\n\(query)"
        case .invalidPatient(let message):
            return message
        }
    }
}
