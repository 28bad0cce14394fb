/// Mechanism: contraindications, with their severity as data. A drug (or a class it belongs
/// to) whose CONTRAINDICATED_IN condition is true of the patient rules the option out
/// (`absolute`: contraindicated) or makes it a last resort (`relative`: not preferred); the
/// reason carries the data's note and source (label, SmPC, guideline).
struct Contraindications: Mechanism {
    func apply(to option: inout OptionDraft, in ctx: AssessmentContext) {
        for drug in option.drugs {
            let owners = ctx.knowledge.therapyIDs(ofDrug: drug)
            for c in ctx.knowledge.contraindications where owners.contains(c.owner) && ctx.patient.conditions.contains(c.condition) {
                let via = c.owner == drug ? "" : " (as a \(ctx.name(c.owner)))"
                var text = "\(ctx.name(drug).capitalizedFirst)\(via) is "
                    + (c.severity == .absolute ? "contraindicated" : "relatively contraindicated (use only without an alternative)")
                    + " in \(ctx.name(c.condition)), which this patient has"
                if let note = c.note { text += " (" + note + ")" }
                if !c.source.isEmpty { text += " [source: " + c.source.joined(separator: " ") + "]" }
                option.block(c.severity == .absolute ? .contraindicated : .notPreferred, Reason(text, cites: [drug, c.owner, c.condition]))
            }
        }
    }
}
