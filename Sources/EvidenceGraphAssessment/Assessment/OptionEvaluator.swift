import EvidenceGraphCore

/// Runs the per-option mechanisms (everything but the principles, which compare options).
struct OptionEvaluator {
    let knowledge: ClinicalKnowledge
    let patient: ResolvedPatient
    let guidelines: [GuidelineFacts]

    /// A node's display name (its `name` property, else its id).
    func name(_ id: String) -> String {
        let g = knowledge.graph
        guard let n = g.node(withID: id), case .string(let s)? = g.property("name", of: n) else { return id }
        return s
    }

    func draft(for drugs: [String]) -> OptionDraft {
        let regimen = knowledge.regimen(withDrugs: Set(drugs))
        var d = OptionDraft(
            drugs: drugs, regimen: regimen?.id,
            name: regimen?.name ?? drugs.map(name).joined(separator: " + "),
            categories: regimen?.categories ?? [])
        d.inns = drugs.map { knowledge.drugs[$0]?.inn.lowercased() ?? $0 }.sorted()
        let evidence = TrialEvidence(knowledge: knowledge)
        let trials = regimen.map { evidence.supportingTrials(of: $0.id) } ?? []

        for r in Contraindications(knowledge: knowledge, patient: patient, names: name).reasons(for: drugs) { d.block(.contraindicated, r) }
        for r in PriorProgression(knowledge: knowledge, patient: patient, names: name).reasons(for: drugs, trials: trials) { d.block(.notIndicated, r) }
        checkDrugBiomarkers(&d)
        let positions = GuidelinePositions(knowledge: knowledge, patient: patient, names: name)
            .evaluate(regimen: regimen?.id, guidelines: guidelines)
        d.positions = positions.positions
        d.endorsements = Set(positions.applicable.compactMap { knowledge.guidelines[$0.guideline]?.issuer }).count
        d.strength = positions.applicable.map { StrengthText.ordinal($0.strength) }.max() ?? 0
        checkGuidelineApplicability(&d, positions)
        checkPopulationBiomarkers(&d, trials: trials)
        checkEvidenceCoverage(&d, trials: trials, citedBy: positions.applicable)
        if let regimen {
            d.maxPhase = evidence.maxPhase(of: regimen.id)
            d.bestHazardRatio = evidence.bestHazardRatio(of: regimen.id)
            d.reasons += endorsementReasons(positions)
            d.reasons += trials.prefix(3).map { evidence.summary(of: $0, for: regimen.id) }
            d.reasons += ExclusiveEndorsements(knowledge: knowledge, guidelines: guidelines, names: name).notes(for: d.drugs, regimen: regimen.id)
        }
        if positions.applicable.isEmpty && positions.inapplicable.isEmpty && trials.isEmpty {
            d.block(.evidenceGap, Reason(
                "Nothing in the knowledge base supports \(d.name): no guideline recommendation and no trial arm", cites: drugs))
        }
        let comorbidity = ComorbidityCautions(knowledge: knowledge, patient: patient, names: name).cautions(for: drugs)
        d.comorbidityCautions = comorbidity.count
        d.cautions = comorbidity + d.cautions + TrialExclusions(patient: patient, names: name).cautions(trials: trials)
        return d
    }

    /// Biomarker conditions stated on the drugs themselves.
    func checkDrugBiomarkers(_ d: inout OptionDraft) {
        for drug in d.drugs {
            guard let facts = knowledge.drugs[drug], !facts.requirements.isEmpty else { continue }
            switch BiomarkerCheck.evaluate(facts.requirements, for: patient) {
            case .met: break
            case .failed(let groups):
                d.block(.notIndicated, Reason(
                    "\(name(drug).capitalizedFirst) requires " + groups.map { BiomarkerCheck.describe($0, names: name) }.joined(separator: " and ")
                        + "; this patient: " + statusText(groups.flatMap { $0 }), cites: [drug] + groups.flatMap { $0.map(\.biomarker) }))
            case .unknown(let open):
                d.block(.needsTesting, Reason(
                    "\(name(drug).capitalizedFirst) depends on a biomarker whose status is unknown: test " + BiomarkerCheck.describeTests(open, names: name),
                    cites: [drug] + open.map(\.biomarker)))
            }
        }
    }

    /// Guidelines endorse the regimen, but none of their endorsements applies to this patient.
    func checkGuidelineApplicability(_ d: inout OptionDraft, _ eval: GuidelinePositions.Evaluation) {
        guard eval.applicable.isEmpty, !eval.inapplicable.isEmpty else { return }
        let describe = GuidelinePositions(knowledge: knowledge, patient: patient, names: name)
        let byKind = eval.inapplicable
        let failed = byKind.filter { if case .biomarker(.failed) = $0.1 { return true } else { return false } }
        let unknown = byKind.filter { if case .biomarker(.unknown) = $0.1 { return true } else { return false } }
        let text = byKind.map { "\(issuer($0.0)) (\($0.0.id)) " + describe.describe($0.1) }.joined(separator: "; ")
        let cites = byKind.map(\.0.id)
        if failed.count == byKind.count {
            d.block(.notIndicated, Reason("Every guideline endorsement requires a biomarker this patient lacks: " + text, cites: cites))
        } else if !unknown.isEmpty && failed.count + unknown.count == byKind.count {
            d.block(.needsTesting, Reason("The guideline endorsements depend on an untested biomarker: " + text, cites: cites))
        } else {
            d.block(.notPreferred, Reason("Guidelines endorse it, but not for this patient: " + text, cites: cites))
        }
    }

    /// Trial populations restricted to a biomarker status the patient does not have. Only
    /// biomarkers the patient was tested for count, plus untested ones that a drug or
    /// recommendation also requires (eligibility criteria the profile does not speak to are
    /// not turned into tests).
    func checkPopulationBiomarkers(_ d: inout OptionDraft, trials: [TrialFacts]) {
        guard !trials.isEmpty else { return }
        var required: Set<String> = []
        for drug in d.drugs { required.formUnion((knowledge.drugs[drug]?.requirements ?? []).map(\.biomarker)) }
        if let r = d.regimen {
            for rec in knowledge.recommendations where rec.regimen == r { required.formUnion(rec.requirements.map(\.biomarker)) }
        }
        var failures: [(TrialFacts, [[BiomarkerCondition]])] = []
        var unknowns: [(TrialFacts, [BiomarkerCondition])] = []
        var anyMet = false
        for t in trials {
            for p in t.populations {
                let relevant = p.requirements.filter { patient.status(of: $0.biomarker) != "unknown" || required.contains($0.biomarker) }
                // A partly known anyOf group stays whole, so one known member does not fail it.
                let groups = Set(relevant.compactMap(\.anyOf))
                let conditions = p.requirements.filter { c in relevant.contains(c) || (c.anyOf.map(groups.contains) ?? false) }
                switch BiomarkerCheck.evaluate(conditions, for: patient) {
                case .met: anyMet = true
                case .failed(let g): failures.append((t, g))
                case .unknown(let open): unknowns.append((t, open))
                }
            }
        }
        if anyMet { return }
        if !failures.isEmpty && unknowns.isEmpty {
            let text = failures.map { t, groups in
                "\(t.name) enrolled only " + groups.map { BiomarkerCheck.describe($0, names: name) }.joined(separator: " and ")
            }.joined(separator: "; ")
            d.block(.notIndicated, Reason(text + "; this patient: " + statusText(failures.flatMap { $0.1.flatMap { $0 } }), cites: failures.map(\.0.id)))
        } else if !unknowns.isEmpty {
            d.block(.needsTesting, Reason(
                "The trial evidence (" + unknowns.map(\.0.name).joined(separator: ", ") + ") applies only with a biomarker not yet tested: "
                    + BiomarkerCheck.describeTests(unknowns.flatMap(\.1), names: name), cites: unknowns.map(\.0.id)))
        }
    }

    /// Evidence applicability: when the option re-uses a drug class the patient progressed on
    /// (sharing a direct class with a drug she progressed on), some trial of the regimen must
    /// have a population covering her own prior drug; otherwise it is an evidence gap. A trial
    /// population that predates the patient's prior class is a caution.
    func checkEvidenceCoverage(_ d: inout OptionDraft, trials: [TrialFacts], citedBy recs: [RecommendationFacts]) {
        let coverage = PopulationCoverage(knowledge: knowledge)
        for drug in d.drugs {
            let classes = Set(knowledge.drugs[drug]?.classes ?? [])
            for prior in patient.progressedDrugs.sorted() where prior != drug {
                let shared = classes.intersection(knowledge.drugs[prior]?.classes ?? [])
                guard !shared.isEmpty else { continue }
                var clauses: [String] = []
                var covered = false
                for t in trials {
                    for p in t.populations {
                        switch coverage.covers(p, priorDrug: prior) {
                        case .covered: covered = true
                        case .notCovered(let clause): clauses.append("\(t.name) (\(t.nct ?? t.id)): \(clause)")
                        }
                    }
                }
                if covered { continue }
                let className = shared.sorted().map(name).joined(separator: ", ")
                let detail = clauses.isEmpty ? "no trial in the knowledge base tested \(d.name) after \(name(prior))" : clauses.joined(separator: "; ")
                d.block(.evidenceGap, Reason(
                    "\(name(drug).capitalizedFirst) re-uses the \(className) class after progression on \(name(prior)); its evidence must come from a population that progressed on \(name(prior)), but " + detail,
                    cites: trials.map(\.id) + [prior]))
            }
        }
        // Populations that predate a class the patient progressed on.
        let citedTrials = Set(recs.flatMap(\.cites))
        let relevantTrials = trials + knowledge.trials.values.filter { citedTrials.contains($0.id) && !trials.contains($0) }.sorted { $0.id < $1.id }
        for t in relevantTrials {
            for p in t.populations {
                for fact in p.priorTherapies where fact.predates {
                    let priors = patient.progressedDrugs.filter { knowledge.therapyIDs(ofDrug: $0).contains(fact.therapy) }.sorted()
                    guard !priors.isEmpty else { continue }
                    let issuers = Set(recs.filter { $0.cites.contains(t.id) }.compactMap { knowledge.guidelines[$0.guideline]?.issuer }).sorted()
                    let judgement = issuers.isEmpty ? "" : "; its use after \(priors.map(name).joined(separator: ", ")) rests on the guidelines' judgement (" + issuers.joined(separator: ", ") + ")"
                    d.cautions.append(Reason(
                        "\(t.name) enrolled patients before \(name(fact.therapy)) therapy was standard: its population did not receive \(priors.map(name).joined(separator: ", "))" + judgement,
                        cites: [t.id, p.id, fact.therapy]))
                }
            }
        }
    }

    func endorsementReasons(_ eval: GuidelinePositions.Evaluation) -> [Reason] {
        guard !eval.applicable.isEmpty else { return [] }
        let parts = eval.applicable.map { rec in
            issuer(rec) + (rec.strength.isEmpty ? "" : " (" + rec.strength.joined(separator: ", ") + ")")
        }
        return [Reason("Endorsed for this patient by " + parts.joined(separator: ", "), cites: eval.applicable.map(\.id) + eval.applicable.flatMap(\.cites))]
    }

    func issuer(_ rec: RecommendationFacts) -> String { knowledge.guidelines[rec.guideline]?.issuer ?? rec.guideline }

    func statusText(_ conditions: [BiomarkerCondition]) -> String {
        var seen: Set<String> = []
        return conditions.filter { seen.insert($0.biomarker).inserted }
            .map { "\(name($0.biomarker)) \(patient.status(of: $0.biomarker))" }.joined(separator: ", ")
    }
}
