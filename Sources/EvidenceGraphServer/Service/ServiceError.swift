import EvidenceGraphFHIR
import EvidenceGraphAssessment
import EvidenceGraphCore
import EvidenceGraphQuery
import EvidenceGraphXML

/// A request that failed, as both servers report it: the body of every HTTP error response
/// and the text of every MCP tool error is ``document``,
/// `{"error": {"code": …, "detail"?: …, "message": …, "line"?: …, "column"?: …}}`.
///
/// - A query error keeps its class and detail (``QueryError/code``, ``QueryError/detailCode``:
///   `SyntaxError` / `UnexpectedSyntax`, `LimitExceeded` / `Timeout`, …) and its line and
///   column in the query text.
/// - A patient that cannot be read is `InvalidPatient`, with the first diagnostic's rule as
///   the detail and its line and column; the message lists every diagnostic.
/// - The servers' own: `BodyTooLarge`, `BadRequest`, `UnsupportedMediaType`, `NotFound`,
///   `ReadOnlyGraph`, `ReportUnavailable`, `AssessmentError`.
public struct ServiceError: Error, Sendable, Hashable {
    /// The error's fields, as written under `"error"`.
    public struct Body: Codable, Sendable, Hashable {
        public var code: String
        public var detail: String?
        public var message: String
        public var line: Int?
        public var column: Int?
    }

    /// The `{"error": …}` document.
    public struct Document: Codable, Sendable, Hashable {
        public var error: Body
    }

    /// What went wrong, for a client.
    public var body: Body
    /// The HTTP status that goes with it.
    public var status: Int

    public init(status: Int, code: String, detail: String? = nil, message: String, line: Int? = nil, column: Int? = nil) {
        self.status = status
        self.body = Body(code: code, detail: detail, message: EchoText.boundedMessage(message, limit: 2000), line: line, column: column)
    }

    /// The document a client receives.
    public var document: Document { Document(error: body) }

    // MARK: From the library's errors

    /// A query error: 422 for a limit or cancellation, 400 for everything else (the query is wrong).
    public init(_ error: QueryError) {
        let status = error.code == .limitExceeded || error.code == .cancelled ? 422 : 400
        self.init(status: status, code: error.code.rawValue, detail: error.detailCode.rawValue, message: error.message,
                  line: error.line > 0 ? error.line : nil, column: error.line > 0 ? error.column : nil)
    }

    /// A patient that could not be read (malformed, invalid against the schema, contradictory).
    public init(patient error: LoadError) {
        let first = error.diagnostics.first
        let place = first?.location.flatMap { $0.line > 0 ? $0 : nil }
        self.init(status: 400, code: "InvalidPatient", detail: first?.ruleID,
                  message: error.diagnostics.map(\.description).joined(separator: "\n") + (error.isTruncated ? "\n(more errors not shown)" : ""),
                  line: place?.line, column: place?.column)
    }

    /// A FHIR bundle that could not be read: every error issue as `Resource/id.path: message`.
    public init(patient error: FHIRReadError) {
        let errors = error.issues.filter { $0.severity == .error }
        self.init(status: 400, code: "InvalidPatient", detail: "fhir",
                  message: (errors.isEmpty ? error.issues : errors).map(\.description).joined(separator: "\n"),
                  line: nil, column: nil)
    }

    /// An assessment that could not be made: an unknown name or a thin profile is the
    /// client's (422); a broken knowledge base the server's (500).
    public init(_ error: AssessmentError) {
        switch error {
        case .unknownName, .invalidPatient:
            self.init(status: 422, code: "AssessmentError", message: error.description)
        case .knowledgeQueryFailed, .invalidKnowledge:
            self.init(status: 500, code: "AssessmentError", message: error.description)
        }
    }

    // MARK: The servers' own

    static func bodyTooLarge(limit: Int) -> ServiceError {
        ServiceError(status: 413, code: "BodyTooLarge", message: "the request body is larger than the server's limit of \(limit) bytes")
    }

    static func badRequest(_ message: String) -> ServiceError {
        ServiceError(status: 400, code: "BadRequest", message: message)
    }

    static func readOnly() -> ServiceError {
        ServiceError(status: 403, code: "ReadOnlyGraph",
                     message: "the served graph is read-only: CREATE, MERGE, SET, REMOVE and DELETE are refused")
    }
}
