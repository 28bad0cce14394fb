/// Mechanism: trial-exclusion cautions. A supporting trial whose population excluded a
/// condition the patient has (a finding, comorbidity or site its EXCLUDES edges name) did
/// not test the regimen in patients like her; the option says so as a caution (SOLAR-1
/// excluded uncontrolled diabetes; DESTINY-Breast04 a history of interstitial lung disease).
struct TrialExclusions {
    let patient: ResolvedPatient
    let names: (String) -> String

    func cautions(trials: [TrialFacts]) -> [Reason] {
        var out: [Reason] = []
        for t in trials {
            var excluded: [String] = []
            var populations: [String] = []
            for p in t.populations {
                let hits = p.excludedFindings.filter { patient.conditions.contains($0) }
                guard !hits.isEmpty else { continue }
                populations.append(p.id)
                for h in hits where !excluded.contains(h) { excluded.append(h) }
            }
            guard !excluded.isEmpty else { continue }
            out.append(Reason(
                "\(t.name)\(t.nct.map { " (" + $0 + ")" } ?? "") excluded patients with " + excluded.map(names).joined(separator: ", ")
                    + ", which this patient has: its evidence does not directly cover her",
                cites: [t.id] + populations + excluded))
        }
        return out
    }
}
