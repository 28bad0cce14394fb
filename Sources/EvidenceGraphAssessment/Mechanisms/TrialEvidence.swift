/// Mechanism: what the trials that tested a regimen show, in numbers, with their sources.
struct TrialEvidence {
    let knowledge: ClinicalKnowledge

    /// Trials with an arm using the regimen (the evidence *for* it).
    func supportingTrials(of regimen: String) -> [TrialFacts] { knowledge.trials(using: regimen) }

    /// "BOLERO-2 (NCT00863655, phase 3): PFS 7.8 vs 3.2 months, HR 0.45 (95% CI 0.38–0.54); …"
    func summary(of trial: TrialFacts, for regimen: String) -> Reason {
        var head = trial.name
        var meta: [String] = []
        if let nct = trial.nct { meta.append(nct) }
        if let phase = trial.phase { meta.append(phase.first?.isNumber == true ? "phase \(phase)" : phase) }
        if !meta.isEmpty { head += " (" + meta.joined(separator: ", ") + ")" }
        let armIDs = Set(trial.arms(using: regimen).map(\.id))
        var parts: [String] = []
        var cites = [trial.id]
        for o in trial.outcomes where !o.endpoint.isEmpty {
            guard let text = outcomeText(o, experimentalArms: armIDs) else { continue }
            parts.append(text)
            cites.append(o.id)
        }
        let body = parts.isEmpty ? "tested \(knowledge.regimens[regimen]?.name ?? regimen); no outcome numbers recorded" : parts.joined(separator: "; ")
        return Reason(head + ": " + body, cites: cites)
    }

    func outcomeText(_ o: OutcomeFacts, experimentalArms: Set<String>) -> String? {
        let mine = o.results.filter { experimentalArms.contains($0.arm) }
        let others = o.results.filter { !experimentalArms.contains($0.arm) }
        var text = o.endpoint + (o.qualifiers.isEmpty ? "" : " (" + o.qualifiers.joined(separator: ", ") + ")")
        let bare = text
        let ordered = mine + others
        let medians = ordered.compactMap { r in r.median.map { Format.number($0) } }
        let rates = ordered.compactMap { r in r.ratePercent.map { Format.number($0) + "%" } }
        if medians.count == ordered.count, !medians.isEmpty {
            text += " " + medians.joined(separator: " vs ") + (ordered.first?.unit.map { " " + $0 } ?? "")
        } else if rates.count == ordered.count, !rates.isEmpty {
            text += " " + rates.joined(separator: " vs ")
        }
        if let hr = o.hazardRatio {
            text += ", HR \(Format.number(hr))"
            if let lo = o.ciLow, let hi = o.ciHigh { text += " (95% CI \(Format.number(lo))–\(Format.number(hi)))" }
        }
        if let p = o.p, !p.isEmpty { text += ", p=\(p)" }
        return text == bare ? nil : text
    }

    /// The lowest hazard ratio reported for the regimen's trials (smaller = larger effect).
    func bestHazardRatio(of regimen: String) -> Double? {
        supportingTrials(of: regimen).flatMap(\.outcomes).compactMap(\.hazardRatio).min()
    }

    /// The highest trial phase among the regimen's trials (3 for "3", "3b"…; 0 when unknown).
    func maxPhase(of regimen: String) -> Int {
        supportingTrials(of: regimen).compactMap { t in t.phase.flatMap { Int($0.prefix { $0.isNumber }) } }.max() ?? 0
    }
}
