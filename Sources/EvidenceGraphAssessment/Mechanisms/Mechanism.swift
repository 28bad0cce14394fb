/// What every mechanism sees: the knowledge, the resolved patient (with her derived state)
/// and the guidelines in scope.
struct AssessmentContext {
    let knowledge: ClinicalKnowledge
    let patient: ResolvedPatient
    let guidelines: [GuidelineFacts]

    func name(_ id: String) -> String { knowledge.name(id) }
    func issuer(_ rec: RecommendationFacts) -> String { knowledge.guidelines[rec.guideline]?.issuer ?? rec.guideline }
    func eligibility(_ e: Eligibility) -> EligibilityCheck.Result { EligibilityCheck(knowledge: knowledge, patient: patient).check(e) }
}

/// One general rule of the assessment. A mechanism reads the option and the context and adds
/// blockers (verdicts worse than `option`), reasons, cautions, tests or ranking features to
/// the draft. Mechanisms hold no clinical knowledge: what they apply comes from `Graph/`.
protocol Mechanism: Sendable {
    func apply(to option: inout OptionDraft, in context: AssessmentContext)
}

extension String {
    var capitalizedFirst: String {
        guard let f = first else { return self }
        return f.uppercased() + dropFirst()
    }
}

enum Format {
    /// 86.5 → "86.5", 10.0 → "10".
    static func number(_ d: Double) -> String {
        d == d.rounded() && abs(d) < 1e12 ? String(Int64(d)) : String(d)
    }

    /// p-values as clinicians read them: "p < 0.001", "p = 0.02", "p < 0.0001" as written.
    static func pValue(_ text: String) -> String {
        let t = text.trimmingSpaces()
        if t.hasPrefix("<") || t.hasPrefix(">") || t.hasPrefix("≤") {
            let rest = String(t.dropFirst()).trimmingSpaces()
            return "p \(t.first!) \(rest)"
        }
        if let v = Double(t) {
            return v < 0.001 ? "p < 0.001" : "p = \(t)"
        }
        return "p " + t
    }
}
