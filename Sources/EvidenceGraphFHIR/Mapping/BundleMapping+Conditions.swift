import EvidenceGraphAssessment

/// Conditions: the mCODE primary cancer condition (disease, diagnosis date, stage), secondary
/// cancer conditions (metastatic sites from `bodySite`, the metastatic date), and any other
/// condition as a comorbidity or finding (`verificationStatus` refuted: stated absent).
extension BundleMapping {
    func isCancerCondition(_ c: FHIRCondition) -> Bool {
        let profiles = Set(c.meta?.profile ?? [])
        return profiles.contains(FHIRFormat.Profile.primaryCancerCondition) || profiles.contains(FHIRFormat.Profile.secondaryCancerCondition)
    }

    mutating func condition(_ c: FHIRCondition, _ place: Place) {
        if Self.codes(c.verificationStatus, system: "http://terminology.hl7.org/CodeSystem/condition-ver-status").contains(FHIRFormat.enteredInError) {
            warning(place.at("verificationStatus"), "entered in error; not read")
            return
        }
        let profiles = Set(c.meta?.profile ?? [])
        let onset = date(c.onsetDateTime, at: place.at("onsetDateTime"))
        if profiles.contains(FHIRFormat.Profile.primaryCancerCondition) {
            if let disease = resolve(c.code, labels: ["Disease"], at: place.at("code")) {
                if let previous = profile.disease, previous != disease.name {
                    warning(place.at("code"), "a second primary cancer condition ('\(disease.name)'); the first ('\(previous)') is assessed")
                } else {
                    profile.disease = disease.name
                    profile.diagnosisDate = onset
                    profile.stage = c.stage?.first?.summary?.name
                }
            }
        } else if profiles.contains(FHIRFormat.Profile.secondaryCancerCondition) {
            let sites = c.bodySite ?? []
            if sites.isEmpty {
                if let site = resolve(c.code, labels: ["MetastaticSite"], at: place.at("code")) { addSite(site.name) }
            }
            for (n, s) in sites.enumerated() {
                if let site = resolve(s, labels: ["MetastaticSite"], at: place.at("bodySite[\(n)]")) { addSite(site.name) }
            }
            if let onset, profile.metastaticDate.map({ onset < $0 }) ?? true { profile.metastaticDate = onset }
        } else {
            let refuted = Self.codes(c.verificationStatus, system: "http://terminology.hl7.org/CodeSystem/condition-ver-status").contains(FHIRFormat.refuted)
            guard let concept = resolve(c.code, labels: ["Comorbidity", "Finding"], at: place.at("code")) else { return }
            switch concept {
            case .entity(let t) where t.label == "Finding": finding(t, present: !refuted, name: t.id)
            case .entity, .name:
                if refuted { profile.findings[concept.name] = false } else { addUnique(concept.name, to: \.comorbidities) }
            }
        }
    }

    mutating func addSite(_ site: String) { addUnique(site, to: \.metastaticSites) }

    mutating func addUnique(_ name: String, to list: WritableKeyPath<PatientProfile, [String]>) {
        if !profile[keyPath: list].contains(name) { profile[keyPath: list].append(name) }
    }

    /// A finding stated present or absent; a present menopausal-status finding sets the
    /// profile's menopausal status, as the patient file's attribute does.
    mutating func finding(_ target: GraphTerminology.Target?, present: Bool, name: String) {
        if present, target?.kind == FHIRFormat.menopausalStatusKind {
            profile.menopausalStatus = target?.id
        } else {
            profile.findings[name] = present
        }
    }
}
