/// Mechanism: no re-challenge, held as data. When the knowledge base holds a principle of
/// kind `prior-progression`, an option re-using a drug the disease already progressed on is
/// not indicated — unless one of the regimen's trial populations required prior progression
/// on that same drug. Without such a principle in the graph the rule is off.
struct PriorProgression: Mechanism {
    func apply(to option: inout OptionDraft, in ctx: AssessmentContext) {
        let principles = ctx.knowledge.principles.filter { $0.kind == .priorProgression }
        guard !principles.isEmpty else { return }
        for drug in option.drugs where ctx.patient.progressedDrugs.contains(drug) {
            let rechallenge = option.trials.flatMap(\.populations).contains { p in
                p.priorTherapies.contains { $0.therapy == drug && $0.requirement == .required }
            }
            if rechallenge { continue }
            option.block(.notIndicated, Reason(
                "The disease already progressed on \(ctx.name(drug)); no trial in the knowledge base supports giving it again ("
                    + principles.map(\.name).joined(separator: "; ") + ")",
                cites: [drug] + principles.map(\.id)))
        }
    }
}
