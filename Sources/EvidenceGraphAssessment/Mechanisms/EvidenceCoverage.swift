/// Mechanism: evidence applicability after a drug class the patient progressed on, active
/// only while the knowledge base holds a principle of kind `evidence-applicability`. When the
/// option re-uses a direct class of a drug she progressed on (a second CDK4/6 inhibitor), some
/// trial of the regimen must have a population covering her own prior drug
/// (`PopulationCoverage`); otherwise it is an evidence gap. A trial population that predates
/// a class she progressed on (`requirement="predates"`) is a caution naming the guidelines
/// whose judgement the use rests on.
struct EvidenceCoverage: Mechanism {
    func apply(to option: inout OptionDraft, in ctx: AssessmentContext) {
        let principles = ctx.knowledge.principles.filter { $0.kind == .evidenceApplicability }
        guard !principles.isEmpty else { return }
        let k = ctx.knowledge
        let coverage = PopulationCoverage(knowledge: k)
        for drug in option.drugs {
            let classes = Set(k.drugs[drug]?.classes ?? [])
            for prior in ctx.patient.progressedDrugs.sorted() where prior != drug {
                let shared = classes.intersection(k.drugs[prior]?.classes ?? [])
                guard !shared.isEmpty else { continue }
                var clauses: [String] = []
                var covered = false
                for t in option.trials {
                    for p in t.populations {
                        switch coverage.covers(p, priorDrug: prior) {
                        case .covered: covered = true
                        case .notCovered(let clause): clauses.append("\(t.name) (\(t.nct ?? t.id)): \(clause)")
                        }
                    }
                }
                if covered { continue }
                let className = shared.sorted().map(ctx.name).joined(separator: ", ")
                let detail = clauses.isEmpty ? "no trial in the knowledge base tested \(option.name) after \(ctx.name(prior))" : clauses.joined(separator: "; ")
                option.block(.evidenceGap, Reason(
                    "\(ctx.name(drug).capitalizedFirst) re-uses the \(className) class after progression on \(ctx.name(prior)); its evidence must come from a population that progressed on \(ctx.name(prior)), but " + detail,
                    cites: option.trials.map(\.id) + [prior] + principles.map(\.id)))
            }
        }
        let citedTrials = Set(option.applicable.flatMap(\.cites))
        let relevant = option.trials + k.trials.values.filter { citedTrials.contains($0.id) && !option.trials.contains($0) }.sorted { $0.id < $1.id }
        for t in relevant {
            for p in t.populations {
                for fact in p.priorTherapies where fact.predates {
                    let priors = ctx.patient.progressedDrugs.filter { k.therapyIDs(ofDrug: $0).contains(fact.therapy) }.sorted()
                    guard !priors.isEmpty else { continue }
                    let issuers = Set(option.applicable.filter { $0.cites.contains(t.id) }.map(ctx.issuer)).sorted()
                    let judgement = issuers.isEmpty ? "" : "; its use after \(priors.map(ctx.name).joined(separator: ", ")) rests on the guidelines' judgement (" + issuers.joined(separator: ", ") + ")"
                    option.cautions.append(Reason(
                        "\(t.name) enrolled patients before \(ctx.name(fact.therapy)) therapy was standard: its population did not receive \(priors.map(ctx.name).joined(separator: ", "))" + judgement,
                        cites: [t.id, p.id, fact.therapy]))
                }
            }
        }
    }
}
