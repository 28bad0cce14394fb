/// A problem with a FHIR bundle, placed by resource and element path:
/// `Observation/er-1.valueCodeableConcept: unknown answer 'Weak' (http://loinc.org|LA1-1)`.
public struct FHIRIssue: Sendable, Hashable, CustomStringConvertible {
    /// Errors stop the read (as unknown names and invalid values do in a patient XML file);
    /// warnings report content that was read differently or not used.
    public enum Severity: String, Sendable, Hashable { case warning, error }

    /// Whether the issue stops the read (``Severity/error``) or is only reported.
    public var severity: Severity
    /// `ResourceType/id` (or `Bundle.entry[n]` when the resource has no id).
    public var resource: String
    /// The element path inside the resource (`valueCodeableConcept`, `component[0].valueCodeableConcept`).
    public var path: String
    /// What is wrong, in words, quoting the offending value and its code system where there is one.
    public var message: String

    /// An issue at `resource` (`ResourceType/id`) and `path` inside it (empty for the whole resource).
    public init(_ severity: Severity, _ resource: String, _ path: String, _ message: String) {
        self.severity = severity
        self.resource = resource
        self.path = path
        self.message = message
    }

    /// `Resource/id.path: message`.
    public var description: String { path.isEmpty ? "\(resource): \(message)" : "\(resource).\(path): \(message)" }
}

/// A bundle that could not be read: not JSON, not a bundle, or with content that does not map.
public struct FHIRReadError: Error, Sendable, CustomStringConvertible {
    /// The file read.
    public var file: String
    /// Every issue found, errors and warnings, in bundle order.
    public var issues: [FHIRIssue]

    /// An error for `file` with its issues.
    public init(file: String, issues: [FHIRIssue]) {
        self.file = file
        self.issues = issues
    }

    /// One `file: severity: Resource/id.path: message` line per issue.
    public var description: String {
        issues.map { "\(file): \($0.severity.rawValue): \($0)" }.joined(separator: "\n")
    }
}
