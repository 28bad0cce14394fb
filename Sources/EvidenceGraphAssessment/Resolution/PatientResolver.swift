import EvidenceGraphCore

/// Maps a ``PatientProfile``'s names onto the knowledge base and derives its clinical state.
package struct PatientResolver: Sendable {
    let knowledge: ClinicalKnowledge
    let drugs: NameIndex
    let biomarkers: NameIndex
    let comorbidities: NameIndex
    let findings: NameIndex
    let sites: NameIndex

    /// Builds the name indexes of `knowledge`.
    package init(knowledge: ClinicalKnowledge) {
        self.knowledge = knowledge
        drugs = NameIndex(kind: "drug", entities: knowledge.entities["Drug"] ?? [])
        biomarkers = NameIndex(kind: "biomarker", entities: knowledge.entities["Biomarker"] ?? [])
        comorbidities = NameIndex(kind: "comorbidity", entities: knowledge.entities["Comorbidity"] ?? [])
        findings = NameIndex(kind: "finding", entities: knowledge.entities["Finding"] ?? [])
        sites = NameIndex(kind: "metastatic site", entities: knowledge.entities["MetastaticSite"] ?? [])
    }

    /// The drug id for a name (INN, synonym, brand or Russian name, any case).
    package func drug(_ name: String) throws(AssessmentError) -> String { try drugs.resolve(name) }

    /// The drug ids of a combination written `drug+drug` (INNs may contain spaces).
    package func combination(_ text: String) throws(AssessmentError) -> [String] {
        var out: [String] = []
        for part in text.split(separator: "+") {
            let name = String(part).trimmingSpaces()
            guard !name.isEmpty else { continue }
            out.append(try drug(name))
        }
        return Array(Set(out)).sorted()
    }

    /// Resolves every name in `profile` and derives the clinical state.
    /// - Throws: ``AssessmentError/unknownName(kind:name:suggestions:)`` for a biomarker,
    ///   finding, site, comorbidity or current medication the knowledge base does not know
    ///   (with the file location when the profile has one). Unknown drugs in the therapy
    ///   history are warnings, not errors.
    package func resolve(_ profile: PatientProfile) throws(AssessmentError) -> ResolvedPatient {
        func located(_ name: String, _ body: () throws(AssessmentError) -> String) throws(AssessmentError) -> String {
            do { return try body() } catch {
                guard case .unknownName(let kind, let n, let s) = error, let at = profile.locations[name] else { throw error }
                throw .unknownName(kind: kind, name: "\(n)' at '\(at)", suggestions: s)
            }
        }
        var warnings: [String] = []
        var markers: [String: ResolvedPatient.BiomarkerResult] = [:]
        for b in profile.biomarkers {
            let id = try located(b.name) { () throws(AssessmentError) in try biomarkers.resolve(b.name) }
            markers[id] = .init(statuses: [b.status], stated: true, source: b.source.flatMap(TestingSource.init(patientText:)),
                                ihc: b.ihc, ish: b.ish, score: b.score, scale: b.scale)
        }
        var therapies: [ResolvedPatient.Therapy] = []
        var progressed: Set<String> = [], received: Set<String> = []
        let relapse = monthly(profile.metastaticDate)
        for t in profile.therapies {
            var ids: [String] = [], unknown: [String] = []
            for name in t.drugs {
                if let d = drugs.id(for: name) { ids.append(d) } else {
                    unknown.append(name)
                    let hint = drugs.suggestions(for: name)
                    warnings.append("therapy drug '\(name.prefix(80))'\(profile.locations[name].map { " at \($0)" } ?? "") is not in the knowledge base"
                        + (hint.isEmpty ? "" : " (closest: " + hint.joined(separator: ", ") + ")")
                        + "; its class, and the lines and states that depend on it, could not be established")
                }
            }
            received.formUnion(ids)
            if t.progressed { progressed.formUnion(ids) }
            let start = monthly(t.start), end = monthly(t.end)
            var months = t.durationMonths
            if months == nil, let s = start, let e = end { months = e.months(since: s) }
            let setting = t.setting.flatMap { TherapySetting(rawValue: $0.lowercased()) }
            let outcome = t.outcome.flatMap { TherapyOutcome(rawValue: $0.lowercased()) }
            if let s = t.setting, setting == nil { warnings.append("therapy setting '\(s.prefix(80))' is not one of " + TherapySetting.allCases.map(\.rawValue).joined(separator: ", ") + "; not used") }
            if let o = t.outcome, outcome == nil { warnings.append("therapy outcome '\(o.prefix(80))' is not one of " + TherapyOutcome.allCases.map(\.rawValue).joined(separator: ", ") + "; not used") }
            // Adjuvant therapy that ended in relapse: months on it until the metastatic relapse.
            if months == nil, outcome == .progression, let s = start, let r = relapse ?? monthly(profile.assessed), setting.map({ !$0.includesMetastatic }) ?? false {
                months = r.months(since: s)
            }
            let toRelapse = (end != nil && relapse != nil) ? relapse!.months(since: end!) : nil
            therapies.append(.init(drugs: ids.sorted(), unknownDrugs: unknown, setting: setting, line: t.line, outcome: outcome, months: months, monthsToRelapse: toRelapse))
        }
        var present: Set<String> = [], absent: Set<String> = [], stated: Set<String> = []
        for (name, isPresent) in profile.findings {
            let f = try located(name) { () throws(AssessmentError) in try resolveCondition(name) }
            stated.insert(f)
            if isPresent { present.insert(f) } else { absent.insert(f) }
        }
        for attribute in [profile.sex, profile.menopausalStatus].compactMap({ $0 }) {
            if let f = findings.id(for: attribute) { present.insert(f); stated.insert(f) } else {
                warnings.append("'\(attribute.prefix(80))' is not a finding of the knowledge base; not used")
            }
        }
        var siteIDs: Set<String> = []
        for s in profile.metastaticSites { siteIDs.insert(try located(s) { () throws(AssessmentError) in try sites.resolve(s) }) }
        var comorbidityIDs: Set<String> = []
        for c in profile.comorbidities { comorbidityIDs.insert(try located(c) { () throws(AssessmentError) in try comorbidities.resolve(c) }) }
        var meds: Set<String> = []
        for m in profile.medications {
            if let d = drugs.id(for: m) { meds.insert(d) } else {
                warnings.append("medication '\(m.prefix(80))' is not in the knowledge base; its interactions are not checked")
            }
        }
        let patient = ResolvedPatient(
            id: profile.id, age: profile.age, ecog: profile.ecog, biomarkers: markers, therapies: therapies,
            progressedDrugs: progressed, receivedDrugs: received, presentFindings: present, absentFindings: absent,
            statedFindings: stated, sites: siteIDs, comorbidities: comorbidityIDs, medications: meds, warnings: warnings)
        return PatientState(knowledge: knowledge).derive(patient)
    }

    /// A finding name; comorbidities are accepted as findings too (a finding file may say either).
    private func resolveCondition(_ name: String) throws(AssessmentError) -> String {
        if let f = findings.id(for: name) { return f }
        if let c = comorbidities.id(for: name) { return c }
        return try findings.resolve(name)
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}

/// A date precise enough for month arithmetic (a year alone is not).
private func monthly(_ date: CalendarDate?) -> CalendarDate? {
    guard let date, date.precision != .year else { return nil }
    return date
}
