/// Mechanism: toxicity ↔ comorbidity cautions. A drug (or a class it belongs to) that CAUSES
/// a toxicity which calls for CAUTION_IN one of the patient's conditions, or that states a
/// direct CAUTION_IN, gives the option a caution with the incidence and note the data records.
/// The ranking policy's `comorbidity-cautions` key reads how many there are.
struct ComorbidityCautions: Mechanism {
    func apply(to option: inout OptionDraft, in ctx: AssessmentContext) {
        var out: [Reason] = []
        for drug in option.drugs {
            let owners = ctx.knowledge.therapyIDs(ofDrug: drug)
            for c in ctx.knowledge.cautions where owners.contains(c.owner) && ctx.patient.conditions.contains(c.condition) {
                var text = ctx.name(drug).capitalizedFirst
                if let tox = c.toxicity {
                    text += " causes " + (c.toxicityName ?? ctx.name(tox))
                    if let inc = c.incidencePercent { text += " (\(Format.number(inc))% in the recorded trial data)" }
                    text += ": " + (c.severity.map { $0 + " " } ?? "") + "caution in " + ctx.name(c.condition)
                    if let note = c.toxicityNote { text += ". " + note }
                } else {
                    text += ": " + (c.severity.map { $0 + " " } ?? "") + "caution in " + ctx.name(c.condition) + (c.note.map { " (" + $0 + ")" } ?? "")
                }
                let reason = Reason(text, cites: [drug, c.toxicity, c.condition].compactMap { $0 })
                if !out.contains(reason) { out.append(reason) }
            }
        }
        option.comorbidityCautions = out.count
        option.cautions = out + option.cautions
    }
}
