import EvidenceGraphQuery

/// Why an assessment could not be made.
public enum AssessmentError: Error, Sendable, CustomStringConvertible {
    /// A name in the patient file or an `--option` matches nothing in the knowledge base.
    case unknownName(kind: String, name: String, suggestions: [String])
    /// One of the assessment's own knowledge queries failed (a bug or an incompatible graph).
    case knowledgeQueryFailed(query: String, error: QueryError)
    /// The patient file is not valid.
    case invalidPatient(String)
    /// The knowledge base holds a token outside the decision model's vocabulary, or lacks
    /// what the assessment needs (e.g. a ranking policy).
    case invalidKnowledge(String)

    /// The message for a terminal: `unknown drug 'x'; did you mean 'y'?`, or the query that failed and
    /// why.
    public var description: String {
        switch self {
        case .unknownName(let kind, let name, let suggestions):
            let hint = suggestions.isEmpty ? "" : "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?"
            let shown = name.count > 200 ? String(name.prefix(200)) + "… (\(name.count) characters)" : name
            return "unknown \(kind) '\(shown)'\(hint)"
        case .knowledgeQueryFailed(let query, let error):
            return "knowledge query failed: \(error)\n\(query)"
        case .invalidPatient(let message), .invalidKnowledge(let message):
            return message
        }
    }
}
