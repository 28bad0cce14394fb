/// Maps the record's arm groups to `arm` elements. An arm's drug interventions are
/// resolved against the graph's drugs; with every one resolved and a regimen of the graph
/// made of exactly those drugs, the arm uses that regimen; otherwise, when some resolved, a
/// regimen of the resolved drugs is written for the arm; when none resolved the arm has no
/// regimen. Unresolved drugs are listed, never invented.
struct ArmMapper {
    let record: RegistryRecord
    let vocabulary: GraphVocabulary
    let source: String
    /// Arm label → arm id, in record order.
    private(set) var armIDs: [(label: String, id: String)] = []
    /// Regimens written for arms (top-level entities).
    private(set) var regimens: [OutputElement] = []
    private(set) var unresolved: [UnresolvedIntervention] = []

    init(record: RegistryRecord, vocabulary: GraphVocabulary, source: String) {
        self.record = record
        self.vocabulary = vocabulary
        self.source = source
    }

    mutating func map(ids: inout IDMaker) -> [OutputElement] {
        var resolved: [RegistryIntervention: String] = [:]
        for i in record.interventions where RegistryVocabulary.isDrugIntervention(i.type) {
            switch vocabulary.drug(named: NameKey.candidates(name: i.name, otherNames: i.otherNames)) {
            case let .drug(id): resolved[i] = id
            case let .ambiguous(ids): unresolved.append(unresolvedEntry(i, candidates: ids))
            case .none: unresolved.append(unresolvedEntry(i, candidates: []))
            }
        }
        return record.arms.map { arm in
            let id = ids.make("arm", arm.label)
            armIDs.append((arm.label, id))
            let given = record.interventions.filter { $0.armLabels.contains(arm.label) }
            let drugs = given.filter { RegistryVocabulary.isDrugIntervention($0.type) }
            let drugIDs = Set(drugs.compactMap { resolved[$0] })
            let missing = drugs.filter { resolved[$0] == nil }

            var e = OutputElement("arm")
            e.set("id", id)
            e.set("name", arm.label)
            e.set("regimen", regimen(for: arm, drugIDs: drugIDs, missing: missing, ids: &ids))
            e.set("role", RegistryVocabulary.armRole(arm.type))
            e.set("source", source)
            e.add("note", text: note(arm, given: given, resolved: resolved))
            return e
        }
    }

    private func unresolvedEntry(_ i: RegistryIntervention, candidates: [String]) -> UnresolvedIntervention {
        UnresolvedIntervention(name: i.name, type: i.type, otherNames: i.otherNames, arms: i.armLabels, candidates: candidates)
    }

    /// The regimen id the arm uses, writing a regimen when the graph has none that fits.
    private mutating func regimen(for arm: RegistryArm, drugIDs: Set<String>, missing: [RegistryIntervention],
                                  ids: inout IDMaker) -> String? {
        guard !drugIDs.isEmpty else { return nil }
        if missing.isEmpty, let existing = vocabulary.regimens(withComponents: drugIDs).first { return existing }
        let id = ids.make("regimen", arm.label)
        var r = OutputElement("regimen")
        r.set("id", id)
        r.set("name", arm.label)
        r.set("source", source)
        var note = "Written by the ClinicalTrials.gov import for arm '\(arm.label)' of \(record.nctID): its drug interventions that name drugs of the graph."
        if !missing.isEmpty { note += " Not resolved, so not components: " + missing.map(\.name).joined(separator: ", ") + "." }
        r.add("note", text: note)
        for drug in drugIDs.sorted() {
            var c = OutputElement("component")
            c.set("ref", drug)
            c.set("source", source)
            r.children.append(c)
        }
        regimens.append(r)
        return id
    }

    private func note(_ arm: RegistryArm, given: [RegistryIntervention], resolved: [RegistryIntervention: String]) -> String {
        var parts: [String] = []
        if let type = arm.type { parts.append("Registry arm type: \(type).") }
        if let d = arm.description { parts.append(RegistryText.sentence("Description: \(d)")) }
        let listed = given.map { i -> String in
            let status: String
            if !RegistryVocabulary.isDrugIntervention(i.type) { status = "not a drug" }
            else if let id = resolved[i] { status = "drug \(id)" }
            else { status = "unresolved" }
            return "\(i.type): \(i.name) (\(status))"
        }
        if !listed.isEmpty { parts.append("Interventions: " + listed.joined(separator: "; ") + ".") }
        return parts.isEmpty ? "Arm as registered." : parts.joined(separator: " ")
    }
}
