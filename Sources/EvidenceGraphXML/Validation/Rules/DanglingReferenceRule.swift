import EvidenceGraphCore

/// `dangling-reference`: a reference to an id that no node has, reported where the reference
/// is written. (A recommendation citing a missing trial is reported by
/// ``RecommendationCitesMissingTrialRule`` instead.)
public struct DanglingReferenceRule: ValidationRule {
    public let rule: Diagnostic.Rule = .danglingReference
    public let severity = Diagnostic.Severity.error
    public init() {}

    public func check(_ loaded: LoadedGraph) -> [Diagnostic] {
        loaded.danglingReferences
            .filter { !RecommendationCitesMissingTrialRule.citationTypes.contains($0.type) }
            .map { finding("reference to unknown id '\($0.missingID)' (\($0.type))", at: $0.location) }
    }
}
