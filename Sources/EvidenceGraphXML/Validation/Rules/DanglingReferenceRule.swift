import EvidenceGraphCore

/// `dangling-reference`: a reference to an id that no node has, reported where the reference
/// is written. (A recommendation citing a missing trial is reported by
/// ``RecommendationCitesMissingTrialRule`` instead.)
public struct DanglingReferenceRule: ValidationRule {
    /// The rule its findings carry, `dangling-reference`.
    public let rule: Diagnostic.Rule = .danglingReference
    /// `dangling-reference` findings are errors.
    public let severity = Diagnostic.Severity.error
    /// The rule; it has no settings.
    public init() {}

    /// `dangling-reference`: one finding per reference to an unknown id, at the reference (missing
    /// trials cited by recommendations excepted).
    public func check(_ loaded: LoadedGraph) -> [Diagnostic] {
        loaded.danglingReferences
            .filter { !RecommendationCitesMissingTrialRule.citationTypes.contains($0.type) }
            .map { finding("reference to unknown id '\($0.missingID)' (\($0.type))", at: $0.location) }
    }
}
