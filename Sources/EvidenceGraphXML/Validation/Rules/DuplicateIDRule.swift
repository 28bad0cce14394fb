import EvidenceGraphCore

/// `duplicate-id`: an id defined twice. The first definition is kept; the finding is at the
/// second, ignored one.
public struct DuplicateIDRule: ValidationRule {
    /// The rule its findings carry, `duplicate-id`.
    public let rule: Diagnostic.Rule = .duplicateID
    /// `duplicate-id` findings are errors.
    public let severity = Diagnostic.Severity.error
    /// The rule; it has no settings.
    public init() {}

    /// `duplicate-id`: one finding per repeated definition of an id, at the ignored definition.
    public func check(_ loaded: LoadedGraph) -> [Diagnostic] {
        loaded.duplicateDefinitions.map { d in
            finding("duplicate id '\(d.id)'" + (d.firstLocation.map { " (first defined at \($0)); this definition is ignored" } ?? ""),
                    at: d.location)
        }
    }
}
