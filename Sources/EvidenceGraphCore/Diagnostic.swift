/// A finding about a graph or its source files: a load error, an XSD violation or a
/// consistency rule that failed.
///
/// Diagnostics print as `path:line:column: error|warning: message [rule-id]`. Match them by
/// `rule`:
///
/// ```swift
/// let dangling = findings.filter { $0.rule == .danglingReference }
/// ```
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Hashable, Comparable {
        case warning
        case error
        /// A warning is less serious than an error.
        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    /// The rule or error kind, for `switch` and `==` (`d.rule == .danglingReference`).
    public var rule: Rule
    /// The rule's stable string id, e.g. `dangling-reference`, as printed in brackets
    /// (`Rule/rawValue`).
    public var ruleID: String { rule.rawValue }
    /// Error or warning.
    public var severity: Severity
    /// A sentence for a human.
    public var message: String
    /// Where the finding is, when it has a place in a file.
    public var location: SourceLocation?

    /// Creates a diagnostic. A message longer than about 280 characters (one that echoes a
    /// long input value) is shortened with `EchoText/boundedMessage(_:limit:tail:)`.
    public init(rule: Rule, severity: Severity, message: String, location: SourceLocation?) {
        self.rule = rule
        self.severity = severity
        self.message = EchoText.boundedMessage(message)
        self.location = location
    }

    /// A diagnostic whose rule is known only by its string id (e.g. read back from output).
    public init(ruleID: String, severity: Severity, message: String, location: SourceLocation?) {
        self.init(rule: Rule(rawValue: ruleID), severity: severity, message: message, location: location)
    }

    /// `path:line:column: severity: message [rule-id]`.
    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        return "\(place)\(severity.rawValue): \(message) [\(ruleID)]"
    }
}
