/// Runs the per-option mechanisms, in order, on one candidate regimen.
struct OptionEvaluator {
    let context: AssessmentContext

    /// The mechanisms, in the order they run: the trials first (others read them), then the
    /// verdict-giving checks, then cautions and notes.
    static let mechanisms: [any Mechanism] = [
        TrialSupport(),
        Contraindications(),
        PriorProgression(),
        DrugBiomarkers(),
        GuidelinePositions(),
        EvidenceCoverage(),
        NoEvidence(),
        Companions(),
        ComorbidityCautions(),
        TrialExclusions(),
        ExclusiveEndorsements(),
    ]

    func draft(for drugs: [String]) -> OptionDraft {
        let k = context.knowledge
        let regimen = k.regimen(withDrugs: Set(drugs))
        var d = OptionDraft(
            drugs: drugs, regimen: regimen?.id,
            name: regimen?.name ?? drugs.map(context.name).joined(separator: " + "),
            categories: regimen?.categories ?? [])
        d.inns = drugs.map { k.drugs[$0]?.inn.lowercased() ?? $0 }.sorted()
        for mechanism in Self.mechanisms { mechanism.apply(to: &d, in: context) }
        return d
    }
}
