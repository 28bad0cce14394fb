/// Derives a patient's clinical state from her profile and the knowledge base's rules:
/// biomarker statuses that follow from others (`StatusDerivation`: HR from ER/PR, HER2-low
/// from the IHC score) and findings that follow from her history or age (`StateRule`:
/// endocrine resistance by the ESO-ESMO ABC definitions, menopause by age). What is stated
/// in the file wins: a derivation never replaces a stated status of the same biomarker (it
/// refines it: HER2 `negative` with IHC 1+ is also `low`), and a rule group whose findings
/// the file states (present or absent) is not derived.
struct PatientState {
    let knowledge: ClinicalKnowledge

    func derive(_ input: ResolvedPatient) -> ResolvedPatient {
        var p = input
        deriveStatuses(&p)
        deriveFindings(&p)
        return p
    }

    /// Adds derived statuses; a biomarker's own IHC/ISH detail refines it, other biomarkers
    /// derive it only when the file does not state it.
    func deriveStatuses(_ p: inout ResolvedPatient) {
        for d in knowledge.statusDerivations {
            let own = p.biomarkers[d.biomarker]
            let usesDetail = !d.ihc.isEmpty || !d.ish.isEmpty
            if usesDetail {
                guard let own, let ihc = own.ihc else { continue }
                guard d.ihc.isEmpty || d.ihc.contains(ihc) else { continue }
                if !d.ish.isEmpty { guard let ish = own.ish, d.ish.contains(ish) else { continue } }
            } else if own?.stated == true {
                continue
            }
            guard !d.requirements.isEmpty || usesDetail else { continue }
            guard BiomarkerCheck(knowledge: knowledge).evaluate(d.requirements, for: p) == .met else { continue }
            var result = own ?? .init(statuses: [], stated: false)
            result.statuses.remove(.unknown)
            result.statuses.insert(d.status)
            result.derivedBy.append(d.id)
            p.biomarkers[d.biomarker] = result
        }
    }

    /// Applies state rules group by group: the first matching rule by precedence wins; a
    /// default rule holds when none matched and its conditions hold.
    func deriveFindings(_ p: inout ResolvedPatient) {
        let groups = Dictionary(grouping: knowledge.stateRules, by: \.group)
        for group in groups.keys.sorted() {
            let rules = groups[group]!.sorted { ($0.precedence, $0.id) < ($1.precedence, $1.id) }
            let products = Set(rules.flatMap(\.derives))
            if !products.isDisjoint(with: p.statedFindings) { continue }
            var matched: StateRuleFacts?
            var blocked: [String] = []
            for rule in rules where !rule.isDefault {
                switch matches(rule, p) {
                case .yes: matched = rule
                case .no: continue
                case .cannotTell(let why): blocked.append(why)
                }
                if matched != nil { break }
            }
            if matched == nil, blocked.isEmpty, let fallback = rules.first(where: \.isDefault), conditionsHold(fallback, p) {
                matched = fallback
            }
            if let rule = matched {
                for f in rule.derives {
                    p.presentFindings.insert(f)
                    p.derivedFindings[f] = rule.id
                }
            } else if !blocked.isEmpty {
                p.undetermined[group] = blocked.joined(separator: "; ")
            }
        }
    }

    enum Match { case yes, no, cannotTell(String) }

    func conditionsHold(_ rule: StateRuleFacts, _ p: ResolvedPatient) -> Bool {
        guard BiomarkerCheck(knowledge: knowledge).evaluate(rule.biomarkers, for: p) == .met else { return false }
        let groups = Dictionary(grouping: rule.findings, by: { $0.anyOf ?? $0.finding })
        return groups.values.allSatisfy { g in g.contains { p.presentFindings.contains($0.finding) } }
    }

    func matches(_ rule: StateRuleFacts, _ p: ResolvedPatient) -> Match {
        if rule.minAge != nil || rule.maxAge != nil {
            guard let age = p.age else { return .no }
            if let lo = rule.minAge, age < lo { return .no }
            if let hi = rule.maxAge, age > hi { return .no }
        }
        guard conditionsHold(rule, p) else { return .no }
        if rule.therapies.isEmpty { return .yes }
        var undecided: String?
        for t in p.therapies {
            guard t.drugs.contains(where: { d in rule.therapies.contains { knowledge.drug(d, isA: $0) } }) else { continue }
            if let s = rule.setting, !(t.isMetastatic ? s.includesMetastatic : s.includesEarly) { continue }
            if let l = rule.therapyLine, t.line != l { continue }
            if !rule.outcomes.isEmpty, !(t.outcome.map(rule.outcomes.contains) ?? false) { continue }
            guard let measure = rule.measure else { return .yes }
            let value: Double?
            switch measure {
            case .duration: value = t.months
            case .sinceEnd: value = t.monthsToRelapse
            }
            guard let v = value else {
                undecided = "\(rule.name): the \(measure == .duration ? "duration of" : "time from the end of") \(t.drugs.map(knowledge.name).joined(separator: " + ")) to relapse is not given"
                continue
            }
            if let lo = rule.minMonths, v < lo { continue }
            if let hi = rule.maxMonths, v > hi { continue }
            if let below = rule.belowMonths, v >= below { continue }
            return .yes
        }
        return undecided.map { .cannotTell($0) } ?? .no
    }
}
