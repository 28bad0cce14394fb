/// Mechanism: companion drugs, as data. A drug (or a class it belongs to) that
/// REQUIRES_COMPANION another for patients with one of the `when` findings (ovarian function
/// suppression with an aromatase inhibitor before menopause; a GnRH analogue in men) names
/// the companion when the option lacks it. When no entry applies and the deciding state (the
/// kind of a `when` finding, e.g. menopausal status) is not established for her, the option
/// asks for it among the tests.
struct Companions: Mechanism {
    func apply(to option: inout OptionDraft, in ctx: AssessmentContext) {
        let k = ctx.knowledge
        for drug in option.drugs {
            let owners = k.therapyIDs(ofDrug: drug)
            let entries = k.companions.filter { c in owners.contains(c.owner) && !option.drugs.contains { k.drug($0, isA: c.companion) } }
            var applied = false
            for c in entries {
                let hits = c.when.filter(ctx.patient.presentFindings.contains)
                guard !hits.isEmpty else { continue }
                applied = true
                guard !option.companions.contains(where: { $0.id == c.companion }) else { continue }
                let because = "\(ctx.name(drug)) (\(ctx.name(c.owner))) in a patient who is " + hits.map(ctx.name).joined(separator: ", ")
                    + (c.note.map { ": " + $0 } ?? "")
                option.companions.append(Companion(id: c.companion, name: ctx.name(c.companion), because: because, cites: [c.owner, c.companion] + hits))
                option.reasons.append(Reason("Give with \(ctx.name(c.companion)): " + because + (c.source.isEmpty ? "" : " [source: " + c.source.joined(separator: " ") + "]"),
                                             cites: [c.owner, c.companion] + hits))
            }
            guard !applied else { continue }
            for c in entries {
                let kinds = Set(c.when.compactMap { k.findings[$0]?.kind })
                let open = kinds.filter { kind in !ctx.patient.presentFindings.contains { k.findings[$0]?.kind == kind } }
                // Only kinds the patient can have: a rule of that kind's findings must be able to apply
                // (menopausal status is asked of women, or when sex is not stated).
                let excluded = open.filter { kind in
                    k.stateRules.contains { rule in rule.derives.contains { k.findings[$0]?.kind == kind } && !rule.findings.isEmpty
                        && !rule.findings.contains { ctx.patient.presentFindings.contains($0.finding) }
                        && rule.findings.contains { f in ctx.patient.presentFindings.contains { k.findings[$0]?.kind == k.findings[f.finding]?.kind } } }
                }
                for kind in open.subtracting(excluded).sorted() {
                    option.tests.append(TestOrder(
                        test: kind.replacingHyphens() + " (decides whether \(ctx.name(drug)) needs \(ctx.name(c.companion)))",
                        cites: [c.owner, c.companion] + c.when, decides: []))
                }
            }
        }
    }
}

extension String {
    func replacingHyphens() -> String { String(map { $0 == "-" ? " " : $0 }) }
}
