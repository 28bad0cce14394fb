import EvidenceGraphCore

/// The clinical facts of one graph, read once through ``KnowledgeQueries`` and indexed for
/// the mechanisms. Immutable and `Sendable`: build it once, assess many patients.
public struct ClinicalKnowledge: Sendable {
    public let graph: Graph
    public private(set) var drugs: [String: DrugFacts] = [:]
    /// Class → its parents (SUBCLASS_OF).
    public private(set) var classParents: [String: [String]] = [:]
    public private(set) var regimens: [String: RegimenFacts] = [:]
    public private(set) var guidelines: [String: GuidelineFacts] = [:]
    public private(set) var recommendations: [RecommendationFacts] = []
    public private(set) var trials: [String: TrialFacts] = [:]
    public private(set) var principles: [PrincipleFacts] = []
    public private(set) var cautions: [CautionFacts] = []
    /// Named entities by label (`Biomarker`, `Comorbidity`, `Finding`, `MetastaticSite`, `Drug`, `Disease`).
    public private(set) var entities: [String: [NamedEntity]] = [:]

    /// Reads the facts from `graph`.
    public init(graph: Graph) throws(AssessmentError) {
        self.graph = graph
        var conditions: [String: [BiomarkerCondition]] = [:]
        for r in try QueryRows(graph, KnowledgeQueries.biomarkerConditions).all {
            guard let owner = r.string("owner"), let b = r.string("biomarker") else { continue }
            let statuses = r.strings("status").flatMap { $0.split(separator: " ").map(String.init) }
            conditions[owner, default: []].append(BiomarkerCondition(
                biomarker: b, statuses: statuses, testing: r.strings("testing"), anyOf: r.string("anyOf"), owner: owner))
        }
        var exclusions: [String: [String]] = [:]
        for r in try QueryRows(graph, KnowledgeQueries.exclusions).all {
            if let o = r.string("owner"), let f = r.string("finding") { exclusions[o, default: []].append(f) }
        }
        var priors: [String: [PriorTherapyFact]] = [:]
        for r in try QueryRows(graph, KnowledgeQueries.priorTherapies).all {
            guard let o = r.string("owner"), let t = r.string("therapy") else { continue }
            priors[o, default: []].append(PriorTherapyFact(
                therapy: t, requirement: r.string("requirement"), sharePercent: r.double("share"),
                progressionRequired: r.bool("progression"), note: r.string("note")))
        }

        var contraindications: [String: [Contraindication]] = [:]
        for r in try QueryRows(graph, KnowledgeQueries.contraindications).all {
            guard let d = r.string("drug"), let c = r.string("condition") else { continue }
            contraindications[d, default: []].append(Contraindication(condition: c, note: r.string("note")))
        }
        for r in try QueryRows(graph, KnowledgeQueries.drugs).all {
            guard let id = r.string("id") else { continue }
            drugs[id] = DrugFacts(
                id: id, name: r.string("name") ?? id, inn: r.string("inn") ?? r.string("name") ?? id, classes: r.strings("classes"),
                requirements: conditions[id] ?? [], contraindications: (contraindications[id] ?? []).sorted { $0.condition < $1.condition })
        }
        for r in try QueryRows(graph, KnowledgeQueries.classParents).all {
            if let id = r.string("id") { classParents[id] = r.strings("parents") }
        }
        for r in try QueryRows(graph, KnowledgeQueries.regimens).all {
            guard let id = r.string("id") else { continue }
            regimens[id] = RegimenFacts(id: id, name: r.string("name") ?? id, drugs: Set(r.strings("drugs")), categories: Set(r.strings("categories")))
        }
        for r in try QueryRows(graph, KnowledgeQueries.guidelines).all {
            guard let id = r.string("id") else { continue }
            guidelines[id] = GuidelineFacts(id: id, name: r.string("name") ?? id, issuer: r.string("issuer") ?? id, version: r.string("version"))
        }
        var cites: [String: [String]] = [:]
        for r in try QueryRows(graph, KnowledgeQueries.citations).all {
            if let o = r.string("owner"), let c = r.string("cited") { cites[o, default: []].append(c) }
        }
        for r in try QueryRows(graph, KnowledgeQueries.recommendations).all {
            guard let id = r.string("id"), let g = r.string("guideline"), let regimen = r.string("regimen") else { continue }
            recommendations.append(RecommendationFacts(
                id: id, guideline: g, regimen: regimen, stance: r.string("stance") ?? "recommended", line: r.string("line"),
                strength: StrengthText.statements(in: r["props"]), requirements: conditions[id] ?? [],
                excludedBy: exclusions[id] ?? [], requiredPrior: priors[id] ?? [], cites: cites[id] ?? []))
        }
        recommendations.sort { $0.id < $1.id }

        for r in try QueryRows(graph, KnowledgeQueries.trials).all {
            guard let id = r.string("id") else { continue }
            let phase = r.string("phase") ?? r.double("phase").map { String(Int($0)) }
            trials[id] = TrialFacts(id: id, name: r.string("name") ?? id, nct: r.string("nct"), phase: phase, populations: [], arms: [], outcomes: [])
        }
        for r in try QueryRows(graph, KnowledgeQueries.populations).all {
            guard let t = r.string("trial"), let id = r.string("id") else { continue }
            trials[t]?.populations.append(PopulationFacts(
                id: id, priorTherapies: priors[id] ?? [], requirements: conditions[id] ?? [], excludedFindings: exclusions[id] ?? []))
        }
        for r in try QueryRows(graph, KnowledgeQueries.arms).all {
            guard let t = r.string("trial"), let id = r.string("id"), let regimen = r.string("regimen") else { continue }
            trials[t]?.arms.append(ArmFacts(id: id, regimen: regimen, role: r.string("role")))
        }
        var results: [String: [OutcomeFacts.ArmResult]] = [:]
        for r in try QueryRows(graph, KnowledgeQueries.armResults).all {
            guard let o = r.string("outcome"), let a = r.string("arm") else { continue }
            results[o, default: []].append(.init(arm: a, median: r.double("median"), unit: r.string("unit"), ratePercent: r.double("rate")))
        }
        for r in try QueryRows(graph, KnowledgeQueries.outcomes).all {
            guard let t = r.string("trial"), let id = r.string("id") else { continue }
            trials[t]?.outcomes.append(OutcomeFacts(
                id: id, endpoint: r.string("endpoint") ?? "", qualifiers: [r.string("assessment"), r.string("analysis")].compactMap { $0 }, hazardRatio: r.double("hr"), ciLow: r.double("lo"), ciHigh: r.double("hi"),
                p: r.string("p"), population: r.string("population"), results: results[id] ?? []))
        }
        for id in trials.keys {
            trials[id]?.arms.sort { $0.id < $1.id }
            trials[id]?.outcomes.sort { $0.id < $1.id }
            trials[id]?.populations.sort { $0.id < $1.id }
        }

        for r in try QueryRows(graph, KnowledgeQueries.principles).all {
            guard let id = r.string("id") else { continue }
            principles.append(PrincipleFacts(
                id: id, name: r.string("name") ?? id, kind: r.string("kind"), prefers: r.strings("prefers").sorted(),
                over: r.strings("over").sorted(), unless: r.strings("unless").sorted(), statedBy: r.strings("statedBy").sorted()))
        }
        principles.sort { $0.id < $1.id }

        for r in try QueryRows(graph, KnowledgeQueries.toxicityCautions).all {
            guard let d = r.string("drug"), let c = r.string("comorbidity") else { continue }
            cautions.append(CautionFacts(
                drug: d, toxicity: r.string("toxicity"), toxicityName: r.string("toxicityName"), comorbidity: c,
                incidencePercent: r.double("incidence"), note: r.string("note"), toxicityNote: r.string("toxicityNote")))
        }
        for r in try QueryRows(graph, KnowledgeQueries.drugCautions).all {
            guard let d = r.string("drug"), let c = r.string("comorbidity") else { continue }
            cautions.append(CautionFacts(drug: d, toxicity: nil, toxicityName: nil, comorbidity: c, incidencePercent: nil, note: nil, toxicityNote: nil))
        }

        for r in try QueryRows(graph, KnowledgeQueries.namedEntities).all {
            guard let id = r.string("id") else { continue }
            var names = [id]
            for key in ["name", "synonyms", "brands", "gene", "hgnc", "inn"] { names += r.strings(key) }
            let entity = NamedEntity(id: id, names: names)
            for label in r.strings("labels") { entities[label, default: []].append(entity) }
        }
    }

    /// `cls` and every class above it.
    public func classAndAncestors(_ cls: String) -> Set<String> {
        var seen: Set<String> = []
        var stack = [cls]
        while let c = stack.popLast() {
            guard seen.insert(c).inserted else { continue }
            stack += classParents[c] ?? []
        }
        return seen
    }

    /// The drug, its direct classes and all their ancestors: every id a prior-therapy
    /// statement could use to mean this drug.
    public func therapyIDs(ofDrug drug: String) -> Set<String> {
        var ids: Set<String> = [drug]
        for c in drugs[drug]?.classes ?? [] { ids.formUnion(classAndAncestors(c)) }
        return ids
    }

    /// The regimen whose drugs are exactly `drugs`, if the knowledge base has one.
    public func regimen(withDrugs drugs: Set<String>) -> RegimenFacts? {
        regimens.values.filter { $0.drugs == drugs }.min { $0.id < $1.id }
    }

    /// Trials with an arm using `regimen`, by id.
    func trials(using regimen: String) -> [TrialFacts] {
        trials.values.filter { !$0.arms(using: regimen).isEmpty }.sorted { $0.id < $1.id }
    }
}
