/// Mechanism: sequencing principles held as data. A principle PREFERS some therapies
/// (regimen categories, regimens, drugs or classes) OVER others UNLESS one of its conditions
/// (a finding, comorbidity or site) is present. When it applies to the patient and some
/// preferred-side regimen is indicated for her, the indicated options on the other side
/// become `not-preferred`.
struct SequencingPrinciples {
    let knowledge: ClinicalKnowledge
    let patient: ResolvedPatient
    let names: (String) -> String

    /// Whether `draft`'s regimen belongs to one of `ids` (by regimen, category, drug or class).
    func matches(_ draft: OptionDraft, _ ids: [String]) -> Bool {
        let set = Set(ids)
        if let r = draft.regimen, set.contains(r) { return true }
        if !draft.categories.isDisjoint(with: set) { return true }
        return draft.drugs.contains { !knowledge.therapyIDs(ofDrug: $0).isDisjoint(with: set) }
    }

    /// Adds `not-preferred` blockers to drafts on the deferred side of an applying principle.
    func apply(to drafts: inout [OptionDraft]) {
        for principle in knowledge.principles where !principle.prefers.isEmpty && !principle.over.isEmpty {
            let active = principle.unless.filter { patient.conditions.contains($0) }
            guard active.isEmpty else { continue }
            let remaining = drafts.filter { $0.isIndicated && $0.endorsements > 0 && matches($0, principle.prefers) && !matches($0, principle.over) }
            guard !remaining.isEmpty else { continue }
            let alternatives = remaining.map(\.name).sorted()
            let unlessText = principle.unless.isEmpty ? "" : " unless " + principle.unless.map(names).joined(separator: " or ")
            let stated = principle.statedBy.compactMap { knowledge.guidelines[$0]?.issuer }
            let statedText = stated.isEmpty ? "" : " (stated by " + Array(Set(stated)).sorted().joined(separator: ", ") + ")"
            for i in drafts.indices where drafts[i].isIndicated && matches(drafts[i], principle.over) && !matches(drafts[i], principle.prefers) {
                let text = principle.prefers.map(names).joined(separator: ", ").capitalizedFirst + " comes before "
                    + principle.over.map(names).joined(separator: ", ") + unlessText + statedText
                    + "; none of these applies to this patient, and indicated options remain: " + alternatives.prefix(4).joined(separator: ", ")
                drafts[i].block(.notPreferred, Reason(text, cites: [principle.id] + principle.statedBy + remaining.compactMap(\.regimen).prefix(4)))
            }
        }
    }
}
