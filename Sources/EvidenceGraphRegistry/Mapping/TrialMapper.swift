/// Maps one registry record onto the evidence model: a `trial` with its registry population
/// (eligibility criteria kept as text, conditions linked to diseases), arms using regimens of
/// the resolved drugs, and posted outcome measures; every element carries the NCT id and the
/// registry version in `source`.
struct TrialMapper {
    let record: RegistryRecord
    let vocabulary: GraphVocabulary
    var ids: IDMaker
    let source: String

    init(record: RegistryRecord, vocabulary: GraphVocabulary) {
        self.record = record
        self.vocabulary = vocabulary
        ids = IDMaker(nctID: record.nctID)
        source = Self.source(of: record)
    }

    /// `NCT01642004 ctgov-last-update:2018-04-10 ctgov-download:2018-05-11` (legacy) or
    /// `NCT… ctgov-version:2024-05-31 ctgov-last-update:…` (API v2).
    static func source(of r: RegistryRecord) -> String {
        let p = r.provenance
        let parts: [String?] = [r.nctID, p.versionHolder.map { "ctgov-version:\($0)" },
                                p.lastUpdatePosted.map { "ctgov-last-update:\($0)" },
                                p.downloadDate.map { "ctgov-download:\($0)" }]
        return parts.compactMap { $0 }.map { $0.replacingSpaces }.joined(separator: " ")
    }

    mutating func map() -> RegistryImport {
        let populationID = ids.make("population", "registry")
        var arms = ArmMapper(record: record, vocabulary: vocabulary, source: source)
        let armElements = arms.map(ids: &ids)
        var outcomes = OutcomeMapper(record: record, source: source, populationID: populationID, armIDs: arms.armIDs)
        let outcomeElements = outcomes.map(ids: &ids)

        var trial = OutputElement("trial")
        trial.set("id", ids.trialID)
        trial.set("name", record.acronym ?? record.nctID)
        trial.set("acronym", record.acronym)
        trial.set("nct", record.nctID)
        trial.set("phase", RegistryVocabulary.phase(record.phases))
        trial.set("design", record.design.isEmpty ? nil : record.design.map { "\($0.label): \($0.value)" }.joined(separator: "; "))
        trial.set("enrollment", record.enrollment.map(String.init))
        trial.set("status", record.overallStatus)
        trial.set("startDate", record.startDate)
        trial.set("primaryCompletionDate", record.primaryCompletionDate)
        trial.set("completionDate", record.completionDate)
        if !outcomeElements.isEmpty, !record.outcomes.contains(where: { RegistryVocabulary.isPrimaryOutcome($0.type) }) {
            trial.set("primaryEndpoint", "none of the registry's posted outcome measures is marked primary")
        }
        trial.set("source", source)
        trial.add("title", text: record.briefTitle ?? record.officialTitle)
        trial.add("note", text: trialNote())
        trial.children.append(population(id: populationID))
        trial.children += armElements
        trial.children += outcomeElements

        var entities: [OutputElement] = arms.regimens
        entities.append(trial)
        let xml = EvidenceDocumentWriter.document(header: header(unresolved: arms.unresolved), entities: entities)
        return RegistryImport(nctID: record.nctID, trialID: ids.trialID, xml: xml, unresolved: arms.unresolved)
    }

    private func header(unresolved: [UnresolvedIntervention]) -> String {
        let p = record.provenance
        var lines = [
            "EvidenceGraph knowledge base: trial \(record.nctID) imported from ClinicalTrials.gov for curator review.",
            "Record: \(p.format.rawValue) file \(p.file.lastPathComponent)"
                + (p.versionHolder.map { "; registry data version \($0)" } ?? "")
                + (p.lastUpdatePosted.map { "; last update posted \($0)" } ?? "")
                + (p.downloadDate.map { "; downloaded \($0)" } ?? "") + ".",
            "Every statement carries source=\"\(source)\". Registry texts are kept verbatim in notes;",
            "ids start with ctgov- so the import loads beside curated trials of the same NCT id.",
        ]
        if unresolved.isEmpty {
            lines.append("Every drug intervention resolved to a drug of the graph.")
        } else {
            lines.append("Unresolved interventions (not added as drugs; add them to the graph or edit the arms):")
            lines += unresolved.map { "  - \($0.description)" }
        }
        return lines.joined(separator: "\n")
    }

    private func trialNote() -> String {
        var parts = ["Imported from the ClinicalTrials.gov registry record; titles, arm, outcome and eligibility texts kept verbatim for review."]
        if let official = record.officialTitle, official != record.briefTitle { parts.append("Official title: \(official).") }
        if let type = record.studyType { parts.append("Study type: \(type).") }
        if !record.phases.isEmpty, RegistryVocabulary.phase(record.phases) == nil {
            parts.append("Registry phase: \(record.phases.joined(separator: ", ")) (no phase value of the schema).")
        }
        if let n = record.enrollment { parts.append("Enrollment: \(n)" + (record.enrollmentType.map { " (\($0))" } ?? "") + ".") }
        if record.outcomes.isEmpty { parts.append("No results posted.") }
        return parts.joined(separator: " ")
    }

    private mutating func population(id: String) -> OutputElement {
        var p = OutputElement("population")
        p.set("id", id)
        p.set("name", "\(record.nctID) registry eligibility")
        p.set("source", source)
        if RegistryVocabulary.isActualEnrollment(record.enrollmentType) { p.set("n", record.enrollment.map(String.init)) }
        p.add("description", text: record.eligibility.criteria)
        var facts = ["Eligibility criteria kept verbatim from the registry."]
        let e = record.eligibility
        let structured = [("sex", e.sex), ("minimum age", e.minimumAge), ("maximum age", e.maximumAge)]
            .compactMap { label, value in value.map { "\(label) \($0)" } }
        if !structured.isEmpty { facts.append("Registry fields: " + structured.joined(separator: ", ") + ".") }
        let linked = record.conditions.compactMap { vocabulary.disease(named: $0) }
        if !record.conditions.isEmpty {
            facts.append("Conditions: " + record.conditions.joined(separator: "; ") + "."
                         + (linked.isEmpty ? " None names a disease of the graph." : ""))
        }
        p.add("note", text: facts.joined(separator: " "))
        var seen = Set<String>()
        for d in linked where seen.insert(d).inserted {
            var ref = OutputElement("disease")
            ref.set("ref", d)
            ref.set("source", source)
            p.children.append(ref)
        }
        return p
    }
}

extension String {
    /// Spaces as `_`, for tokens of a `source` list.
    var replacingSpaces: String { split(separator: " ").joined(separator: "_") }

    /// The part after the last `/`.
    var lastPathComponent: String { split(separator: "/").last.map(String.init) ?? self }
}
