/// Mechanism: trial-exclusion cautions. A trial behind the option whose population excluded a
/// condition the patient has (a finding, comorbidity or site its EXCLUDES edges name) did not
/// test the regimen in patients like her; the option says so as a caution.
struct TrialExclusions: Mechanism {
    func apply(to option: inout OptionDraft, in ctx: AssessmentContext) {
        for t in option.trials {
            var excluded: [String] = []
            var populations: [String] = []
            for p in t.populations {
                let hits = p.excludedFindings.filter { ctx.patient.conditions.contains($0) }
                guard !hits.isEmpty else { continue }
                populations.append(p.id)
                for h in hits where !excluded.contains(h) { excluded.append(h) }
            }
            guard !excluded.isEmpty else { continue }
            option.cautions.append(Reason(
                "\(t.name)\(t.nct.map { " (" + $0 + ")" } ?? "") excluded patients with " + excluded.map(ctx.name).joined(separator: ", ")
                    + ", which this patient has: its evidence does not directly cover her",
                cites: [t.id] + populations + excluded))
        }
    }
}
