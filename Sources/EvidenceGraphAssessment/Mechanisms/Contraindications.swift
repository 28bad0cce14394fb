/// Mechanism: contraindications. A drug whose CONTRAINDICATED_IN condition (a comorbidity
/// or finding) is true of the patient rules the option out, with the data's note as the
/// basis (e.g. capecitabine in complete DPD deficiency, from its label's boxed warning).
struct Contraindications {
    let knowledge: ClinicalKnowledge
    let patient: ResolvedPatient
    let names: (String) -> String

    /// One reason per drug and condition that applies to the patient.
    func reasons(for drugs: [String]) -> [Reason] {
        var out: [Reason] = []
        for drug in drugs {
            for c in knowledge.drugs[drug]?.contraindications ?? [] where patient.conditions.contains(c.condition) {
                var text = "\(names(drug).capitalizedFirst) is contraindicated in \(names(c.condition)), which this patient has"
                if let note = c.note { text += " (" + note + ")" }
                out.append(Reason(text, cites: [drug, c.condition]))
            }
        }
        return out
    }
}
