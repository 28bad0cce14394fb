/// Mechanism: the trials behind an option, judged against the patient. A trial supports the
/// option for her only when one of its populations fits her (line, prior therapy with counts,
/// biomarkers, subtype, findings); otherwise it is listed as "population differs: …", not as
/// support. When every population is restricted to a biomarker status she does not have, the
/// option is not indicated; when that biomarker is untested, it needs testing. For each
/// supporting trial the primary endpoint's final analysis comes first; interim analyses go to
/// `OptionDraft`'s further evidence (shown with `--verbose`).
struct TrialSupport: Mechanism {
    func apply(to option: inout OptionDraft, in ctx: AssessmentContext) {
        guard let regimen = option.regimen else { return }
        option.trials = ctx.knowledge.trials(using: regimen)
        var differs: [Reason] = []
        var biomarkerFailures: [(TrialFacts, String)] = []
        var biomarkerOpen: [(TrialFacts, [BiomarkerCheck.OpenTest])] = []
        var subtypeOrBiomarkerFit = false
        var onlyOpen = true
        for t in option.trials {
            var fit = false
            var why: [String] = []
            for p in t.populations {
                let result = ctx.eligibility(p.eligibility)
                if result.isMet { fit = true; break }
                if !result.failed.isEmpty { onlyOpen = false }
                why.append((t.populations.count > 1 ? p.name + ": " : "") + result.text)
                // Subtype and biomarker criteria decide whether the drug is for her at all.
                if let subtype = result.failed.first(where: { $0.kind == .disease }) {
                    biomarkerFailures.append((t, subtype.text))
                    continue
                }
                let bio = BiomarkerCheck(knowledge: ctx.knowledge).evaluate(relevant(p.requirements, option, ctx), for: ctx.patient)
                switch bio {
                case .met:
                    if !result.open.contains(where: { $0.kind == .disease }) { subtypeOrBiomarkerFit = true }
                case .failed(let groups): biomarkerFailures.append((t, "only " + groups.map { BiomarkerCheck.describe($0, names: ctx.name) }.joined(separator: " and ")))
                case .unknown(let open): biomarkerOpen.append((t, open))
                }
            }
            if t.populations.isEmpty { fit = true }
            if fit {
                option.fittingTrials.append(t)
                option.reasons.append(TrialSummary(knowledge: ctx.knowledge).summary(of: t, for: regimen, interim: false))
            } else {
                differs.append(Reason("\(t.name)\(t.nct.map { " (" + $0 + ")" } ?? ""): population differs: " + why.joined(separator: "; "), cites: [t.id]))
            }
        }
        option.reasons += differs
        guard !option.trials.isEmpty, option.fittingTrials.isEmpty else { return }
        if !subtypeOrBiomarkerFit && !biomarkerFailures.isEmpty && biomarkerOpen.isEmpty {
            option.block(.notIndicated, Reason(
                biomarkerFailures.map { "\($0.0.name) enrolled \($0.1)" }.joined(separator: "; ") + "; this patient does not fit",
                cites: biomarkerFailures.map(\.0.id)))
        } else if !subtypeOrBiomarkerFit && !biomarkerOpen.isEmpty {
            option.block(.needsTesting, Reason(
                "The trial evidence (" + biomarkerOpen.map(\.0.name).joined(separator: ", ") + ") applies only with a biomarker not yet tested: "
                    + BiomarkerCheck.describeTests(biomarkerOpen.flatMap(\.1)), cites: biomarkerOpen.map(\.0.id)))
            option.tests += biomarkerOpen.flatMap { t, open in open.map { $0.order(citing: [t.id]) } }
        } else if !ctx.knowledge.recommendations.contains(where: { $0.regimen == regimen && $0.endorses }) && !onlyOpen {
            // Trial evidence alone, from populations that do not fit her: the evidence does not cover her.
            option.block(.evidenceGap, Reason(
                "No guideline recommends \(option.name), and no trial population behind it fits this patient (see the populations below)",
                cites: option.trials.map(\.id)))
        }
    }

    /// Population biomarker criteria that speak to this patient: those she was tested for,
    /// and untested ones the option's drugs or recommendations also require (eligibility
    /// criteria her profile does not speak to are not turned into tests).
    func relevant(_ conditions: [BiomarkerCondition], _ option: OptionDraft, _ ctx: AssessmentContext) -> [BiomarkerCondition] {
        var required: Set<String> = []
        for drug in option.drugs { required.formUnion((ctx.knowledge.drugs[drug]?.requirements ?? []).map(\.biomarker)) }
        if let r = option.regimen {
            for rec in ctx.knowledge.recommendations where rec.regimen == r { required.formUnion(rec.eligibility.biomarkers.map(\.biomarker)) }
        }
        let known = conditions.filter { !ctx.patient.statuses(of: $0.biomarker).isEmpty || required.contains($0.biomarker) }
        let groups = Set(known.compactMap(\.anyOf))
        return conditions.filter { c in known.contains(c) || (c.anyOf.map(groups.contains) ?? false) }
    }
}
