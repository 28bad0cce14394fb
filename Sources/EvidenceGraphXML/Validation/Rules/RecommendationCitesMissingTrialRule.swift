import EvidenceGraphCore

/// `recommendation-cites-missing-trial`: a guideline recommendation cites evidence (a trial
/// or publication) whose id no node has; reported at the citation.
public struct RecommendationCitesMissingTrialRule: ValidationRule {
    public let rule: Diagnostic.Rule = .recommendationCitesMissingTrial
    public let severity = Diagnostic.Severity.error
    public init() {}

    /// Relationship types by which a recommendation cites trials (from `EvidenceModel`).
    static let citationTypes: Set<String> = Set(EvidenceModel.references
        .filter { $0.owner == "recommendation" && $0.targetLabels.contains("Trial") }
        .map(\.type))

    public func check(_ loaded: LoadedGraph) -> [Diagnostic] {
        loaded.danglingReferences
            .filter { Self.citationTypes.contains($0.type) }
            .map { finding("recommendation cites unknown trial or publication '\($0.missingID)'", at: $0.location) }
    }
}
