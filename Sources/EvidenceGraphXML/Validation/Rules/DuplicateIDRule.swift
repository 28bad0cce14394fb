import EvidenceGraphCore

/// `duplicate-id`: an id defined twice. The first definition is kept; the finding is at the
/// second, ignored one.
public struct DuplicateIDRule: ValidationRule {
    public let rule: Diagnostic.Rule = .duplicateID
    public let severity = Diagnostic.Severity.error
    public init() {}

    public func check(_ loaded: LoadedGraph) -> [Diagnostic] {
        loaded.duplicateDefinitions.map { d in
            finding("duplicate id '\(d.id)'" + (d.firstLocation.map { " (first defined at \($0)); this definition is ignored" } ?? ""),
                    at: d.location)
        }
    }
}
