/// Cross-option mechanism: sequencing principles held as data. A principle PREFERS some
/// therapies (regimen categories, regimens, drugs or classes) OVER others UNLESS one of its
/// conditions (a finding, comorbidity or site) is present. When it applies to the patient and
/// some preferred-side regimen is indicated and endorsed for her, the indicated options on
/// the other side become `not-preferred`.
struct SequencingPrinciples {
    let context: AssessmentContext

    /// Whether `draft`'s regimen belongs to one of `ids` (by regimen, category, drug or class).
    func matches(_ draft: OptionDraft, _ ids: [String]) -> Bool {
        let set = Set(ids)
        if let r = draft.regimen, set.contains(r) { return true }
        if !draft.categories.isDisjoint(with: set) { return true }
        return draft.drugs.contains { !context.knowledge.therapyIDs(ofDrug: $0).isDisjoint(with: set) }
    }

    /// Adds `not-preferred` blockers to drafts on the deferred side of an applying principle.
    func apply(to drafts: inout [OptionDraft]) {
        let k = context.knowledge
        for principle in k.principles where !principle.prefers.isEmpty && !principle.over.isEmpty {
            let active = principle.unless.filter { context.patient.conditions.contains($0) }
            guard active.isEmpty, principle.when.allSatisfy(context.patient.conditions.contains) else { continue }
            if !principle.diseases.isEmpty {
                guard context.eligibility(Eligibility(diseases: principle.diseases)).isMet else { continue }
            }
            let remaining = drafts.filter { $0.isIndicated && !$0.applicable.isEmpty && matches($0, principle.prefers) && !matches($0, principle.over) }
            guard !remaining.isEmpty else { continue }
            let alternatives = remaining.map(\.name).sorted()
            let unlessText = (principle.when.isEmpty ? "" : " in " + principle.when.map(context.name).joined(separator: " and "))
                + (principle.unless.isEmpty ? "" : " unless " + principle.unless.map(context.name).joined(separator: " or "))
            let stated = principle.statedBy.compactMap { k.guidelines[$0]?.issuer }
            let statedText = stated.isEmpty ? "" : " (stated by " + Array(Set(stated)).sorted().joined(separator: ", ") + ")"
            for i in drafts.indices where drafts[i].isIndicated && matches(drafts[i], principle.over) && !matches(drafts[i], principle.prefers) {
                let text = principle.prefers.map(context.name).joined(separator: ", ").capitalizedFirst + " comes before "
                    + principle.over.map(context.name).joined(separator: ", ") + unlessText + statedText
                    + (principle.unless.isEmpty ? "" : "; none of these applies to this patient") + "; indicated options remain: " + alternatives.prefix(4).joined(separator: ", ")
                drafts[i].block(.notPreferred, Reason(text, cites: [principle.id] + principle.statedBy + remaining.compactMap(\.regimen).prefix(4)))
            }
        }
    }
}
