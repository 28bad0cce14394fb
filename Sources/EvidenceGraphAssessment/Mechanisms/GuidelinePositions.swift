/// Mechanism: each guideline's position on a regimen for this patient.
///
/// A guideline *endorses* a regimen when one of its recommendations for it has an endorsing
/// stance; the endorsement *applies* to the patient when the recommendation's biomarker
/// conditions hold, none of its excluding findings is present, and its required prior
/// therapies (a drug, or any drug of a class) were received — with progression where the
/// recommendation asks for it. A guideline with no recommendation for the regimen is silent.
struct GuidelinePositions {
    let knowledge: ClinicalKnowledge
    let patient: ResolvedPatient
    let names: (String) -> String

    struct Evaluation {
        var positions: [GuidelinePosition]
        /// Recommendations that endorse the regimen and apply to the patient.
        var applicable: [RecommendationFacts]
        /// Endorsing recommendations that do not apply, with why.
        var inapplicable: [(RecommendationFacts, Inapplicability)]
    }

    enum Inapplicability {
        case biomarker(BiomarkerCheck.Outcome)
        case excluded([String])
        case priorTherapy([String])
    }

    func evaluate(regimen: String?, guidelines: [GuidelineFacts]) -> Evaluation {
        var eval = Evaluation(positions: [], applicable: [], inapplicable: [])
        let byIssuer = Dictionary(grouping: guidelines, by: \.issuer)
        for issuer in byIssuer.keys.sorted() {
            let ids = Set(byIssuer[issuer]!.map(\.id))
            let recs = regimen.map { r in knowledge.recommendations.filter { $0.regimen == r && ids.contains($0.guideline) } } ?? []
            let endorsing = recs.filter(\.endorses)
            var applicable: [RecommendationFacts] = []
            var reasons: [String] = []
            for rec in endorsing {
                if let why = inapplicability(of: rec) {
                    eval.inapplicable.append((rec, why))
                    reasons.append(describe(why))
                } else {
                    applicable.append(rec)
                }
            }
            eval.applicable += applicable
            let position: GuidelinePosition
            if let rec = applicable.first {
                position = GuidelinePosition(issuer: issuer, stance: .endorsed, text: endorsedText(rec), cites: applicable.map(\.id))
            } else if let rec = endorsing.first {
                position = GuidelinePosition(
                    issuer: issuer, stance: .endorsedNotApplicable,
                    text: endorsedText(rec) + ", but not for this patient: " + reasons.joined(separator: "; "), cites: endorsing.map(\.id))
            } else if let rec = recs.first {
                position = GuidelinePosition(issuer: issuer, stance: .notEndorsed, text: "not endorsed (\(rec.stance))" + guidelineName(rec), cites: recs.map(\.id))
            } else {
                position = GuidelinePosition(issuer: issuer, stance: .silent, text: "silent: no recommendation for this regimen", cites: [])
            }
            eval.positions.append(position)
        }
        return eval
    }

    private func endorsedText(_ rec: RecommendationFacts) -> String {
        var text = "endorsed"
        if let line = rec.line { text += ", line \(line)" }
        text += rec.strength.isEmpty ? " (strength not recorded)" : " (" + rec.strength.joined(separator: ", ") + ")"
        return text + guidelineName(rec)
    }

    private func guidelineName(_ rec: RecommendationFacts) -> String {
        guard let g = knowledge.guidelines[rec.guideline] else { return "" }
        return " — " + g.name + (g.version.map { ", " + $0 } ?? "")
    }

    func inapplicability(of rec: RecommendationFacts) -> Inapplicability? {
        let outcome = BiomarkerCheck.evaluate(rec.requirements, for: patient)
        if outcome != .met { return .biomarker(outcome) }
        let excluded = rec.excludedBy.filter { patient.conditions.contains($0) }
        if !excluded.isEmpty { return .excluded(excluded) }
        let missing = rec.requiredPrior.filter { $0.requirement == "required" && !patientReceived($0) }
        if !missing.isEmpty { return .priorTherapy(missing.map(\.therapy)) }
        return nil
    }

    /// Whether the patient received (and, when required, progressed on) the therapy.
    func patientReceived(_ fact: PriorTherapyFact) -> Bool {
        let pool = fact.progressionRequired == true ? patient.progressedDrugs : patient.receivedDrugs
        return pool.contains { knowledge.therapyIDs(ofDrug: $0).contains(fact.therapy) }
    }

    func describe(_ why: Inapplicability) -> String {
        switch why {
        case .biomarker(.failed(let groups)):
            return "requires " + groups.map { BiomarkerCheck.describe($0, names: names) }.joined(separator: " and ")
        case .biomarker(.unknown(let open)):
            return "requires testing " + BiomarkerCheck.describeTests(open, names: names)
        case .biomarker(.met):
            return ""
        case .excluded(let findings):
            return "excluded by " + findings.map(names).joined(separator: ", ")
        case .priorTherapy(let therapies):
            return "for patients after " + therapies.map(names).joined(separator: ", ")
        }
    }
}
