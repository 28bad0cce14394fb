/// Mechanism: no re-challenge, held as data. When the knowledge base holds a principle of
/// kind `prior-progression` (principle-no-rechallenge), an option re-using a drug the disease
/// already progressed on is not indicated — unless one of the regimen's trial populations
/// required prior progression on that same drug (evidence for re-use). Without such a
/// principle in the graph, prior progression on the drug is not judged here.
struct PriorProgression {
    let knowledge: ClinicalKnowledge
    let patient: ResolvedPatient
    let names: (String) -> String

    func reasons(for drugs: [String], trials: [TrialFacts]) -> [Reason] {
        let principles = knowledge.principles.filter { $0.kind == "prior-progression" }
        guard !principles.isEmpty else { return [] }
        var out: [Reason] = []
        for drug in drugs where patient.progressedDrugs.contains(drug) {
            let rechallenge = trials.flatMap(\.populations).contains { p in
                p.priorTherapies.contains { $0.therapy == drug && $0.requirement == "required" }
            }
            if rechallenge { continue }
            out.append(Reason(
                "The disease already progressed on \(names(drug)); no trial in the knowledge base supports giving it again ("
                    + principles.map(\.name).joined(separator: "; ") + ")",
                cites: [drug] + principles.map(\.id)))
        }
        return out
    }
}
