/// Mechanism: an option with no guideline recommendation and no trial arm in the knowledge
/// base is an evidence gap.
struct NoEvidence: Mechanism {
    func apply(to option: inout OptionDraft, in ctx: AssessmentContext) {
        let hasRecommendation = option.regimen.map { r in ctx.knowledge.recommendations.contains { $0.regimen == r } } ?? false
        guard !hasRecommendation, option.trials.isEmpty else { return }
        option.block(.evidenceGap, Reason(
            "Nothing in the knowledge base supports \(option.name): no guideline recommendation and no trial arm", cites: option.drugs))
    }
}
