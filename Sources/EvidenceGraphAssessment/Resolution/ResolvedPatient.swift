/// A patient with every name mapped onto knowledge-base ids.
public struct ResolvedPatient: Sendable, Hashable {
    public var id: String
    /// Biomarker id → status (`positive`, `negative`, `low`, `mutated`, `wild-type`, `unknown`).
    public var biomarkers: [String: String]
    /// Drugs the disease progressed on.
    public var progressedDrugs: Set<String>
    /// Every drug received.
    public var receivedDrugs: Set<String>
    /// Findings stated present / absent.
    public var presentFindings: Set<String>
    public var absentFindings: Set<String>
    public var sites: Set<String>
    public var comorbidities: Set<String>
    public var medications: Set<String>

    /// The biomarker's status, `unknown` when not given.
    public func status(of biomarker: String) -> String { biomarkers[biomarker] ?? "unknown" }

    /// Everything that is true of the patient and that a principle's `unless` or a
    /// recommendation's exclusion may name: present findings, comorbidities, sites.
    public var conditions: Set<String> { presentFindings.union(comorbidities).union(sites) }
}

/// Maps a ``PatientProfile``'s names onto the knowledge base.
public struct PatientResolver: Sendable {
    let drugs: NameIndex
    let biomarkers: NameIndex
    let comorbidities: NameIndex
    let findings: NameIndex
    let sites: NameIndex

    /// Builds the name indexes of `knowledge`.
    public init(knowledge: ClinicalKnowledge) {
        drugs = NameIndex(kind: "drug", entities: knowledge.entities["Drug"] ?? [])
        biomarkers = NameIndex(kind: "biomarker", entities: knowledge.entities["Biomarker"] ?? [])
        comorbidities = NameIndex(kind: "comorbidity", entities: knowledge.entities["Comorbidity"] ?? [])
        findings = NameIndex(kind: "finding", entities: knowledge.entities["Finding"] ?? [])
        sites = NameIndex(kind: "metastatic site", entities: knowledge.entities["MetastaticSite"] ?? [])
    }

    /// The drug id for a name (INN, synonym, brand or Russian name, any case).
    public func drug(_ name: String) throws(AssessmentError) -> String { try drugs.resolve(name) }

    /// The drug ids of a combination written `drug+drug` (INNs may contain spaces).
    public func combination(_ text: String) throws(AssessmentError) -> [String] {
        var out: [String] = []
        for part in text.split(separator: "+") {
            let name = String(part).trimmingSpaces()
            guard !name.isEmpty else { continue }
            out.append(try drug(name))
        }
        return Array(Set(out)).sorted()
    }

    /// Resolves every name in `profile`.
    public func resolve(_ profile: PatientProfile) throws(AssessmentError) -> ResolvedPatient {
        var markers: [String: String] = [:]
        for b in profile.biomarkers { markers[try biomarkers.resolve(b.name)] = b.status }
        var progressed: Set<String> = [], received: Set<String> = []
        for t in profile.therapies {
            for name in t.drugs {
                let d = try drug(name)
                received.insert(d)
                if t.progressed { progressed.insert(d) }
            }
        }
        var present: Set<String> = [], absent: Set<String> = []
        for (name, isPresent) in profile.findings {
            let f = try resolveCondition(name)
            if isPresent { present.insert(f) } else { absent.insert(f) }
        }
        var siteIDs: Set<String> = []
        for s in profile.metastaticSites { siteIDs.insert(try sites.resolve(s)) }
        var comorbidityIDs: Set<String> = []
        for c in profile.comorbidities { comorbidityIDs.insert(try comorbidities.resolve(c)) }
        var meds: Set<String> = []
        for m in profile.medications { meds.insert(try drug(m)) }
        return ResolvedPatient(
            id: profile.id, biomarkers: markers, progressedDrugs: progressed, receivedDrugs: received,
            presentFindings: present, absentFindings: absent, sites: siteIDs, comorbidities: comorbidityIDs, medications: meds)
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
