/// Checks an `Eligibility` (a recommendation's or a trial population's) against a patient
/// and names every criterion that fails or cannot be decided yet.
struct EligibilityCheck {
    let knowledge: ClinicalKnowledge
    let patient: ResolvedPatient

    /// One criterion that failed or is open, in words, with the nodes behind it.
    struct Criterion: Hashable {
        enum Kind: String, Hashable { case disease, biomarker, line, performance, finding, exclusion, priorTherapy = "prior-therapy" }
        var kind: Kind
        var text: String
        var cites: [String]
        /// Tests that would decide an open criterion.
        var tests: [BiomarkerCheck.OpenTest] = []
    }

    struct Result: Hashable {
        var failed: [Criterion] = []
        var open: [Criterion] = []
        var isMet: Bool { failed.isEmpty && open.isEmpty }
        /// "for line 3 or later (this patient: line 2); requires …".
        var text: String { (failed + open).map(\.text).joined(separator: "; ") }
    }

    func check(_ e: Eligibility) -> Result {
        var r = Result()
        checkDisease(e, &r)
        checkBiomarkers(e.biomarkers, &r)
        checkLine(e, &r)
        checkPerformance(e, &r)
        checkFindings(e, &r)
        for fact in e.priorTherapies { checkPrior(fact, &r) }
        return r
    }

    func name(_ id: String) -> String { knowledge.name(id) }

    /// Every biomarker condition of the disease and its ancestors.
    func definition(of disease: String) -> [BiomarkerCondition] {
        var out: [BiomarkerCondition] = []
        var seen: Set<String> = []
        var stack = [disease]
        while let d = stack.popLast() {
            guard seen.insert(d).inserted, let facts = knowledge.diseases[d] else { continue }
            out += facts.requirements
            stack += facts.parents
        }
        return out
    }

    func checkDisease(_ e: Eligibility, _ r: inout Result) {
        guard !e.diseases.isEmpty else { return }
        var failures: [String] = []
        var opens: [BiomarkerCheck.OpenTest] = []
        for d in e.diseases {
            switch BiomarkerCheck(knowledge: knowledge).evaluate(definition(of: d), for: patient) {
            case .met: return
            case .unknown(let tests): opens += tests
            case .failed(let groups):
                failures.append(name(d) + " (" + groups.map { BiomarkerCheck.describe($0, names: name) }.joined(separator: ", ") + "; this patient: "
                    + statusText(groups.flatMap { $0 }) + ")")
            }
        }
        if !opens.isEmpty {
            r.open.append(Criterion(kind: .disease, text: "for " + e.diseases.map(name).joined(separator: " or ") + ": test " + BiomarkerCheck.describeTests(opens),
                                    cites: e.diseases, tests: opens))
        } else {
            r.failed.append(Criterion(kind: .disease, text: "for " + failures.joined(separator: " or "), cites: e.diseases))
        }
    }

    func checkBiomarkers(_ conditions: [BiomarkerCondition], _ r: inout Result) {
        switch BiomarkerCheck(knowledge: knowledge).evaluate(conditions, for: patient) {
        case .met: break
        case .unknown(let tests):
            r.open.append(Criterion(kind: .biomarker, text: "requires testing " + BiomarkerCheck.describeTests(tests),
                                    cites: tests.map(\.condition.biomarker), tests: tests))
        case .failed(let groups):
            r.failed.append(Criterion(
                kind: .biomarker,
                text: "requires " + groups.map { BiomarkerCheck.describe($0, names: name) }.joined(separator: " and ") + " (this patient: " + statusText(groups.flatMap { $0 }) + ")",
                cites: groups.flatMap { $0.map(\.biomarker) }))
        }
    }

    func statusText(_ conditions: [BiomarkerCondition]) -> String {
        var seen: Set<String> = []
        return conditions.filter { seen.insert($0.biomarker).inserted }.map { c in
            var t = "\(name(c.biomarker)) \(patient.status(of: c.biomarker))"
            if let s = patient.biomarkers[c.biomarker]?.score { t += " \(patient.biomarkers[c.biomarker]?.scale ?? "score") \(Format.number(s))" }
            return t
        }.joined(separator: ", ")
    }

    func checkLine(_ e: Eligibility, _ r: inout Result) {
        let line = patient.currentLine
        let low = e.minLine ?? 1
        guard line < low || (e.maxLine.map { line > $0 } ?? false) else { return }
        let range: String
        switch (e.minLine, e.maxLine) {
        case let (lo?, hi?) where lo == hi: range = "line \(lo) only"
        case let (lo?, hi?): range = "lines \(lo)–\(hi)"
        case let (lo?, nil): range = "line \(lo) or later"
        case let (nil, hi?): range = "lines up to \(hi)"
        default: range = "any line"
        }
        r.failed.append(Criterion(kind: .line, text: "for \(range) in the metastatic setting (this patient: line \(line), after \(patient.priorMetastaticLines) prior metastatic line(s))", cites: []))
    }

    func checkPerformance(_ e: Eligibility, _ r: inout Result) {
        guard let ecog = patient.ecog else { return }
        if let lo = e.ecogMin, ecog < lo { r.failed.append(Criterion(kind: .performance, text: "for ECOG \(lo) or more (this patient: ECOG \(ecog))", cites: [])) }
        if let hi = e.ecogMax, ecog > hi { r.failed.append(Criterion(kind: .performance, text: "for ECOG \(hi) or less (this patient: ECOG \(ecog))", cites: [])) }
    }

    func checkFindings(_ e: Eligibility, _ r: inout Result) {
        let excluded = e.excludedFindings.filter { patient.conditions.contains($0) }
        if !excluded.isEmpty {
            r.failed.append(Criterion(kind: .exclusion, text: "excluded by " + excluded.map(name).joined(separator: ", "), cites: excluded))
        }
        let groups = Dictionary(grouping: e.requiredFindings, by: { $0.anyOf ?? $0.finding })
        for key in groups.keys.sorted() {
            let group = groups[key]!.map(\.finding)
            if group.contains(where: patient.presentFindings.contains) { continue }
            let names = group.map(name).joined(separator: " or ")
            // Another finding of the same kind is established: she is in a different state.
            let kinds = Set(group.compactMap { knowledge.findings[$0]?.kind })
            let established = patient.presentFindings.filter { f in knowledge.findings[f]?.kind.map(kinds.contains) ?? false }
            let unsettled = kinds.compactMap { patient.undetermined[$0] }
            // A plain clinical finding (no kind) that the profile does not state is absent; a
            // state (a finding with a kind: menopausal status, endocrine resistance) may be unknown.
            let plain = kinds.isEmpty
            if plain || !established.isEmpty || group.allSatisfy(patient.absentFindings.contains) {
                let she = established.isEmpty ? "not present" : established.sorted().map(name).joined(separator: ", ")
                r.failed.append(Criterion(kind: .finding, text: "for patients with \(names) (this patient: \(she))", cites: group))
            } else {
                let why = unsettled.isEmpty ? "" : " (" + unsettled.joined(separator: "; ") + ")"
                r.open.append(Criterion(kind: .finding, text: "for patients with \(names): not established for this patient\(why)", cites: group))
            }
        }
    }

    /// Lines (or therapies) of the patient in `setting` that contain `therapy`.
    func count(_ fact: PriorTherapyFact) -> Int {
        patient.therapies.filter { t in
            guard settingMatches(fact.setting, t) else { return false }
            if fact.progressionRequired == true, !t.progressed { return false }
            if let within = fact.withinMonths, !(t.progressed && (t.months.map { $0 <= within } ?? false)) { return false }
            return t.drugs.contains { knowledge.drug($0, isA: fact.therapy) }
        }.count
    }

    func settingMatches(_ setting: TherapySetting?, _ t: ResolvedPatient.Therapy) -> Bool {
        guard let setting else { return true }
        return t.isMetastatic ? setting.includesMetastatic : setting.includesEarly
    }

    func checkPrior(_ fact: PriorTherapyFact, _ r: inout Result) {
        let n = count(fact)
        let what = name(fact.therapy) + (fact.progressionRequired == true ? " with progression" : "")
            + (fact.withinMonths.map { " within \(Format.number($0)) months" } ?? "")
        let setting = fact.setting.map { $0 == .any ? "" : " (\($0.rawValue))" } ?? ""
        switch fact.requirement {
        case .required?:
            let need = max(fact.minCount ?? 1, 1)
            if n < need {
                r.failed.append(Criterion(kind: .priorTherapy, text: "after \(need > 1 ? "≥ \(need) lines of " : "")\(what)\(setting) (this patient: \(n))", cites: [fact.therapy]))
            } else if let hi = fact.maxCount, n > hi {
                r.failed.append(Criterion(kind: .priorTherapy, text: "after at most \(hi) lines of \(what)\(setting) (this patient: \(n))", cites: [fact.therapy]))
            }
        case .excluded?:
            if n > 0 { r.failed.append(Criterion(kind: .priorTherapy, text: "for patients without prior \(what)\(setting) (this patient: \(n))", cites: [fact.therapy])) }
        default:
            if let lo = fact.minCount, n < lo {
                r.failed.append(Criterion(kind: .priorTherapy, text: "after ≥ \(lo) lines of \(what)\(setting) (this patient: \(n))", cites: [fact.therapy]))
            }
            if let hi = fact.maxCount, n > hi {
                r.failed.append(Criterion(kind: .priorTherapy, text: "after at most \(hi) lines of \(what)\(setting) (this patient: \(n))", cites: [fact.therapy]))
            }
        }
    }
}
