/// Mechanism: biomarker-directed drugs and regimens. A drug's or regimen's own
/// REQUIRES_BIOMARKER conditions must hold: failed → not indicated; open → needs testing,
/// naming the test. When they hold, the option matches her tumour (the ranking policy's
/// `biomarker-match`).
struct DrugBiomarkers: Mechanism {
    func apply(to option: inout OptionDraft, in ctx: AssessmentContext) {
        var owners: [(String, [BiomarkerCondition])] = option.drugs.compactMap { d in
            ctx.knowledge.drugs[d].map { (d, $0.requirements) }
        }
        if let r = option.regimen, let facts = ctx.knowledge.regimens[r] { owners.append((r, facts.requirements)) }
        var directed = false, allMet = true
        for (owner, conditions) in owners where !conditions.isEmpty {
            directed = true
            switch BiomarkerCheck(knowledge: ctx.knowledge).evaluate(conditions, for: ctx.patient) {
            case .met: break
            case .failed(let groups):
                allMet = false
                let check = EligibilityCheck(knowledge: ctx.knowledge, patient: ctx.patient)
                option.block(.notIndicated, Reason(
                    "\(ctx.name(owner).capitalizedFirst) requires " + groups.map { BiomarkerCheck.describe($0, names: ctx.name) }.joined(separator: " and ")
                        + "; this patient: " + check.statusText(groups.flatMap { $0 }),
                    cites: [owner] + groups.flatMap { $0.map(\.biomarker) }))
            case .unknown(let open):
                allMet = false
                option.block(.needsTesting, Reason(
                    "\(ctx.name(owner).capitalizedFirst) depends on a biomarker whose status is unknown: test " + BiomarkerCheck.describeTests(open),
                    cites: [owner] + open.map(\.condition.biomarker)))
                option.tests += open.map { $0.order(citing: [owner]) }
            }
        }
        option.biomarkerMatch = directed && allMet
    }
}
