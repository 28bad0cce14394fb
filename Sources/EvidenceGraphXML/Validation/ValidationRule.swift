import EvidenceGraphCore

/// A consistency rule over a loaded graph: a stable id, a severity, and a check that returns
/// one `Diagnostic` per finding, located where the offending node or relationship was
/// written.
public protocol ValidationRule: Sendable {
    /// The rule its findings carry, e.g. `Diagnostic/Rule/danglingReference`.
    var rule: Diagnostic.Rule { get }
    /// The severity of every finding of this rule.
    var severity: Diagnostic.Severity { get }
    /// The rule's findings.
    func check(_ loaded: LoadedGraph) -> [Diagnostic]
}

extension ValidationRule {
    /// The rule id printed in brackets, e.g. `dangling-reference`.
    public var id: String { rule.rawValue }

    /// A finding of this rule.
    func finding(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(rule: rule, severity: severity, message: message, location: location)
    }
}

extension Graph {
    /// `'id' (Label1:Label2)` for messages.
    func describe(_ node: NodeIndex) -> String {
        "'\(id(of: node))' (\(labels(of: node).joined(separator: ":")))"
    }
}
