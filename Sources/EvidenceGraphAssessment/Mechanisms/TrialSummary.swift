/// What a trial showed, in numbers, with its sources: the primary endpoint's final analysis
/// first, then the other final analyses; interim analyses only when asked for.
struct TrialSummary {
    let knowledge: ClinicalKnowledge

    /// Outcomes in reading order: primary first, final before interim.
    func ordered(_ outcomes: [OutcomeFacts], interim: Bool) -> [OutcomeFacts] {
        outcomes.filter { !$0.endpoint.isEmpty && ($0.isInterim == interim) }
            .sorted { ($0.primary ? 0 : 1, $0.id) < ($1.primary ? 0 : 1, $1.id) }
    }

    /// "BOLERO-2 (NCT00863655, phase 3): PFS (primary endpoint, investigator) 7.8 vs 3.2 months, HR 0.45 (95% CI 0.38–0.54), p < 0.001; …"
    func summary(of trial: TrialFacts, for regimen: String, interim: Bool) -> Reason {
        var head = trial.name
        var meta: [String] = []
        if let nct = trial.nct { meta.append(nct) }
        if let phase = trial.phase { meta.append(phase.first?.isNumber == true ? "phase \(phase)" : phase) }
        if !meta.isEmpty { head += " (" + meta.joined(separator: ", ") + ")" }
        let armIDs = Set(trial.arms(using: regimen).map(\.id))
        var parts: [String] = []
        var cites = [trial.id]
        for o in ordered(trial.outcomes, interim: interim) {
            guard let text = outcomeText(o, experimentalArms: armIDs) else { continue }
            parts.append(text)
            cites.append(o.id)
        }
        let body = parts.isEmpty ? (interim ? "no interim analyses recorded" : "tested \(knowledge.regimens[regimen]?.name ?? regimen); no outcome numbers recorded") : parts.joined(separator: "; ")
        return Reason(head + (interim ? " interim analyses" : "") + ": " + body, cites: cites)
    }

    func outcomeText(_ o: OutcomeFacts, experimentalArms: Set<String>) -> String? {
        let mine = o.results.filter { experimentalArms.contains($0.arm) }
        let others = o.results.filter { !experimentalArms.contains($0.arm) }
        var text = o.endpoint + (o.qualifiers.isEmpty ? "" : " (" + o.qualifiers.joined(separator: ", ") + ")")
        if let s = o.subgroup { text += " [\(s)]" }
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
        if let p = o.p, !p.isEmpty { text += ", " + Format.pValue(p) }
        return text == bare ? nil : text
    }
}
