/// Mechanism: toxicity ↔ comorbidity cautions. A drug that CAUSES a toxicity which calls for
/// CAUTION_IN one of the patient's comorbidities (or a drug with a direct CAUTION_IN) gives
/// the option a caution, with the incidence and note the data records.
struct ComorbidityCautions {
    let knowledge: ClinicalKnowledge
    let patient: ResolvedPatient
    let names: (String) -> String

    func cautions(for drugs: [String]) -> [Reason] {
        var out: [Reason] = []
        for c in knowledge.cautions where drugs.contains(c.drug) && patient.conditions.contains(c.comorbidity) {
            var text = names(c.drug).capitalizedFirst
            if let tox = c.toxicity {
                text += " causes " + (c.toxicityName ?? names(tox))
                if let inc = c.incidencePercent { text += " (\(Format.number(inc))% in the recorded trial data)" }
                text += ": caution in " + names(c.comorbidity)
                if let note = c.toxicityNote { text += ". " + note }
            } else {
                text += ": caution in " + names(c.comorbidity)
            }
            out.append(Reason(text, cites: [c.drug, c.toxicity, c.comorbidity].compactMap { $0 }))
        }
        return out
    }
}

extension String {
    var capitalizedFirst: String {
        guard let f = first else { return self }
        return f.uppercased() + dropFirst()
    }
}
