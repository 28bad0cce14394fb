import EvidenceGraphCore

/// `recommendation-cites-missing-trial`: a guideline recommendation cites evidence (a trial
/// or publication) whose id no node has; reported at the citation.
public struct RecommendationCitesMissingTrialRule: ValidationRule {
    /// The rule its findings carry, `recommendation-cites-missing-trial`.
    public let rule: Diagnostic.Rule = .recommendationCitesMissingTrial
    /// `recommendation-cites-missing-trial` findings are errors.
    public let severity = Diagnostic.Severity.error
    /// The rule; it has no settings.
    public init() {}

    /// Relationship types by which a recommendation cites trials (from `EvidenceModel`).
    static let citationTypes: Set<String> = Set(EvidenceModel.references
        .filter { $0.owner == "recommendation" && $0.targetLabels.contains("Trial") }
        .map(\.type))

    /// `recommendation-cites-missing-trial`: one finding per citation of a trial or publication id that
    /// no node has, at the citation.
    public func check(_ loaded: LoadedGraph) -> [Diagnostic] {
        loaded.danglingReferences
            .filter { Self.citationTypes.contains($0.type) }
            .map { finding("recommendation cites unknown trial or publication '\($0.missingID)'", at: $0.location) }
    }
}
