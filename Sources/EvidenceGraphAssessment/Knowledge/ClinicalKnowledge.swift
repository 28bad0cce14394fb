import EvidenceGraphCore

/// The clinical facts of one graph, read once through `KnowledgeQueries` and indexed for
/// the mechanisms. Immutable and `Sendable`: build it once, assess many patients.
public struct ClinicalKnowledge: Sendable {
    package let graph: Graph
    package private(set) var drugs: [String: DrugFacts] = [:]
    /// Class → its parents (SUBCLASS_OF).
    package private(set) var classParents: [String: [String]] = [:]
    package private(set) var regimens: [String: RegimenFacts] = [:]
    package private(set) var guidelines: [String: GuidelineFacts] = [:]
    package private(set) var recommendations: [RecommendationFacts] = []
    package private(set) var trials: [String: TrialFacts] = [:]
    package private(set) var principles: [PrincipleFacts] = []
    package private(set) var cautions: [CautionFacts] = []
    package private(set) var contraindications: [Contraindication] = []
    package private(set) var companions: [CompanionFacts] = []
    package private(set) var diseases: [String: DiseaseFacts] = [:]
    package private(set) var findings: [String: FindingFacts] = [:]
    package private(set) var statusDerivations: [StatusDerivationFacts] = []
    package private(set) var statusRules: [StatusRuleFacts] = []
    package private(set) var stateRules: [StateRuleFacts] = []
    /// Grade schemes by name (`ESMO-GoR`, `NCCN-preference`, …).
    package private(set) var gradeSchemes: [String: GradeSchemeFacts] = [:]
    package private(set) var rankingPolicy: RankingPolicyFacts
    /// Named entities by label (`Biomarker`, `Comorbidity`, `Finding`, `MetastaticSite`, `Drug`, `Disease`).
    package private(set) var entities: [String: [NamedEntity]] = [:]

    /// Reads the facts from `graph`.
    /// - Throws: ``AssessmentError/invalidKnowledge(_:)`` for a token outside the vocabulary
    ///   or a graph without exactly one ranking policy.
    public init(graph: Graph) throws(AssessmentError) {
        self.graph = graph
        var conditions: [String: [BiomarkerCondition]] = [:]
        for r in try QueryRows(graph, KnowledgeQueries.biomarkerConditions).all {
            guard let owner = r.string("owner"), let b = r.string("biomarker") else { continue }
            let statuses = try Self.statuses(r.strings("status").flatMap { $0.split(separator: " ").map(String.init) }, at: owner)
            conditions[owner, default: []].append(BiomarkerCondition(
                biomarker: b, statuses: statuses, testing: try Self.tokens(r.strings("testing"), TestingSource.self, at: owner), anyOf: r.string("anyOf"),
                minScore: r.double("minScore"), maxScore: r.double("maxScore"), scale: r.string("scale"), owner: owner))
        }
        var findingConditions: [String: [FindingCondition]] = [:]
        for r in try QueryRows(graph, KnowledgeQueries.findingConditions).all {
            guard let o = r.string("owner"), let f = r.string("finding") else { continue }
            findingConditions[o, default: []].append(FindingCondition(finding: f, anyOf: r.string("anyOf")))
        }
        var exclusions: [String: [String]] = [:]
        for r in try QueryRows(graph, KnowledgeQueries.exclusions).all {
            if let o = r.string("owner"), let f = r.string("finding") { exclusions[o, default: []].append(f) }
        }
        var diseaseTargets: [String: [String]] = [:]
        for r in try QueryRows(graph, KnowledgeQueries.diseaseTargets).all {
            if let o = r.string("owner"), let d = r.string("disease") { diseaseTargets[o, default: []].append(d) }
        }
        var priors: [String: [PriorTherapyFact]] = [:]
        for r in try QueryRows(graph, KnowledgeQueries.priorTherapies).all {
            guard let o = r.string("owner"), let t = r.string("therapy") else { continue }
            priors[o, default: []].append(PriorTherapyFact(
                therapy: t, requirement: try Self.optionalToken(r.string("requirement"), PriorRequirement.self, at: o),
                sharePercent: r.double("share"), progressionRequired: r.bool("progression"), setting: try Self.optionalToken(r.string("setting"), TherapySetting.self, at: o),
                minCount: r.int("minCount"), maxCount: r.int("maxCount"), withinMonths: r.double("withinMonths"), note: r.string("note")))
        }
        var bounds: [String: QueryRows.Row] = [:]
        for r in try QueryRows(graph, KnowledgeQueries.eligibilityBounds).all {
            if let o = r.string("owner") { bounds[o] = r }
        }
        func eligibility(_ id: String) -> Eligibility {
            let b = bounds[id]
            return Eligibility(
                diseases: (diseaseTargets[id] ?? []).sorted(), minLine: b?.int("minLine"), maxLine: b?.int("maxLine"),
                ecogMin: b?.int("ecogMin"), ecogMax: b?.int("ecogMax"), biomarkers: conditions[id] ?? [],
                requiredFindings: findingConditions[id] ?? [], excludedFindings: exclusions[id] ?? [], priorTherapies: priors[id] ?? [])
        }

        for r in try QueryRows(graph, KnowledgeQueries.contraindications).all {
            guard let o = r.string("owner"), let c = r.string("condition") else { continue }
            let severity = try Self.optionalToken(r.string("severity"), ContraindicationSeverity.self, at: o) ?? .absolute
            contraindications.append(Contraindication(owner: o, condition: c, severity: severity, note: r.string("note"), source: r.strings("source")))
        }
        contraindications.sort { ($0.owner, $0.condition) < ($1.owner, $1.condition) }
        for r in try QueryRows(graph, KnowledgeQueries.companions).all {
            guard let o = r.string("owner"), let c = r.string("companion") else { continue }
            companions.append(CompanionFacts(owner: o, companion: c, when: r.strings("when"), note: r.string("note"), source: r.strings("source")))
        }
        companions.sort { ($0.owner, $0.companion) < ($1.owner, $1.companion) }
        for r in try QueryRows(graph, KnowledgeQueries.drugs).all {
            guard let id = r.string("id") else { continue }
            drugs[id] = DrugFacts(
                id: id, name: r.string("name") ?? id, inn: r.string("inn") ?? r.string("name") ?? id, classes: r.strings("classes"),
                requirements: conditions[id] ?? [])
        }
        for r in try QueryRows(graph, KnowledgeQueries.classParents).all {
            if let id = r.string("id") { classParents[id] = r.strings("parents") }
        }
        for r in try QueryRows(graph, KnowledgeQueries.regimens).all {
            guard let id = r.string("id") else { continue }
            regimens[id] = RegimenFacts(
                id: id, name: r.string("name") ?? id, drugs: Set(r.strings("drugs")), categories: Set(r.strings("categories")),
                requirements: conditions[id] ?? [])
        }
        for r in try QueryRows(graph, KnowledgeQueries.guidelines).all {
            guard let id = r.string("id") else { continue }
            guidelines[id] = GuidelineFacts(
                id: id, name: r.string("name") ?? id, issuer: r.string("issuer") ?? id, version: r.string("version"), tierScheme: r.string("tierScheme"))
        }
        var cites: [String: [String]] = [:]
        for r in try QueryRows(graph, KnowledgeQueries.citations).all {
            if let o = r.string("owner"), let c = r.string("cited") { cites[o, default: []].append(c) }
        }
        for r in try QueryRows(graph, KnowledgeQueries.recommendations).all {
            guard let id = r.string("id"), let g = r.string("guideline"), let regimen = r.string("regimen") else { continue }
            let grades = r.strings("scores").compactMap { s -> Grade? in
                guard let i = s.firstIndex(of: ":") else { return nil }
                return Grade(scheme: String(s[..<i]), value: String(s[s.index(after: i)...]))
            }
            recommendations.append(RecommendationFacts(
                id: id, guideline: g, regimen: regimen, stance: try Self.token(r.string("stance") ?? "recommended", Stance.self, at: id),
                line: r.string("line"), tier: r.string("tier"), grades: grades, verified: r.bool("verified"),
                eligibility: eligibility(id), cites: (cites[id] ?? []).sorted(), source: r.strings("source")))
        }
        recommendations.sort { $0.id < $1.id }

        for r in try QueryRows(graph, KnowledgeQueries.trials).all {
            guard let id = r.string("id") else { continue }
            let phase = r.string("phase") ?? r.double("phase").map { String(Int($0)) }
            trials[id] = TrialFacts(id: id, name: r.string("name") ?? id, nct: r.string("nct"), phase: phase, populations: [], arms: [], outcomes: [])
        }
        for r in try QueryRows(graph, KnowledgeQueries.populations).all {
            guard let t = r.string("trial"), let id = r.string("id") else { continue }
            trials[t]?.populations.append(PopulationFacts(id: id, name: r.string("name") ?? id, eligibility: eligibility(id)))
        }
        for r in try QueryRows(graph, KnowledgeQueries.arms).all {
            guard let t = r.string("trial"), let id = r.string("id"), let regimen = r.string("regimen") else { continue }
            trials[t]?.arms.append(ArmFacts(id: id, regimen: regimen, role: try Self.optionalToken(r.string("role"), ArmRole.self, at: id)))
        }
        var results: [String: [OutcomeFacts.ArmResult]] = [:]
        for r in try QueryRows(graph, KnowledgeQueries.armResults).all {
            guard let o = r.string("outcome"), let a = r.string("arm") else { continue }
            results[o, default: []].append(.init(arm: a, median: r.double("median"), unit: r.string("unit"), ratePercent: r.double("rate")))
        }
        for r in try QueryRows(graph, KnowledgeQueries.outcomes).all {
            guard let t = r.string("trial"), let id = r.string("id") else { continue }
            trials[t]?.outcomes.append(OutcomeFacts(
                id: id, endpoint: r.string("endpoint") ?? "", assessment: r.string("assessment"), analysis: r.string("analysis"),
                primary: r.bool("primary") ?? false, hazardRatio: r.double("hazardRatio"), ciLow: r.double("lo"), ciHigh: r.double("hi"),
                p: r.string("p"), population: r.string("population"), subgroup: r.string("subgroup"), results: results[id] ?? []))
        }
        for id in trials.keys {
            trials[id]?.arms.sort { $0.id < $1.id }
            trials[id]?.outcomes.sort { $0.id < $1.id }
            trials[id]?.populations.sort { $0.id < $1.id }
        }

        for r in try QueryRows(graph, KnowledgeQueries.principles).all {
            guard let id = r.string("id") else { continue }
            principles.append(PrincipleFacts(
                id: id, name: r.string("name") ?? id, kind: try Self.optionalToken(r.string("kind"), PrincipleKind.self, at: id), prefers: r.strings("prefers").sorted(),
                over: r.strings("over").sorted(), unless: r.strings("unless").sorted(), when: r.strings("findings").sorted(), diseases: r.strings("diseases").sorted(),
                statedBy: r.strings("statedBy").sorted()))
        }
        principles.sort { $0.id < $1.id }

        for r in try QueryRows(graph, KnowledgeQueries.toxicityCautions).all {
            guard let d = r.string("owner"), let c = r.string("condition") else { continue }
            cautions.append(CautionFacts(
                owner: d, toxicity: r.string("toxicity"), toxicityName: r.string("toxicityName"), condition: c,
                incidencePercent: r.double("incidence"), note: r.string("note"), toxicityNote: r.string("toxicityNote"), severity: r.string("severity")))
        }
        for r in try QueryRows(graph, KnowledgeQueries.directCautions).all {
            guard let d = r.string("owner"), let c = r.string("condition") else { continue }
            cautions.append(CautionFacts(owner: d, toxicity: nil, toxicityName: nil, condition: c, incidencePercent: nil, note: r.string("note"), toxicityNote: nil,
                                         severity: r.string("severity")))
        }

        for r in try QueryRows(graph, KnowledgeQueries.diseases).all {
            guard let id = r.string("id") else { continue }
            diseases[id] = DiseaseFacts(id: id, name: r.string("name") ?? id, parents: r.strings("parents").sorted(), requirements: conditions[id] ?? [])
        }
        for r in try QueryRows(graph, KnowledgeQueries.findings).all {
            guard let id = r.string("id") else { continue }
            findings[id] = FindingFacts(id: id, name: r.string("name") ?? id, kind: r.string("kind"))
        }
        for r in try QueryRows(graph, KnowledgeQueries.statusDerivations).all {
            guard let b = r.string("biomarker"), let id = r.string("id"), let s = r.string("status") else { continue }
            statusDerivations.append(StatusDerivationFacts(
                id: id, biomarker: b, status: try Self.token(s, BiomarkerStatus.self, at: id), ihc: r.strings("ihc"), ish: r.strings("ish"),
                requirements: conditions[id] ?? []))
        }
        statusDerivations.sort { $0.id < $1.id }
        for r in try QueryRows(graph, KnowledgeQueries.statusRules).all {
            guard let id = r.string("id") else { continue }
            func set(_ key: String) throws(AssessmentError) -> Set<BiomarkerStatus> {
                try Self.statuses(r.strings(key).flatMap { $0.split(separator: " ").map(String.init) }, at: id)
            }
            statusRules.append(StatusRuleFacts(
                id: id, biomarkers: r.strings("biomarkers").sorted(), statuses: try set("status"), satisfies: try set("satisfies"),
                mayBe: try set("mayBe"), test: r.string("test")))
        }
        statusRules.sort { $0.id < $1.id }
        for r in try QueryRows(graph, KnowledgeQueries.stateRules).all {
            guard let id = r.string("id") else { continue }
            stateRules.append(StateRuleFacts(
                id: id, name: r.string("name") ?? id, group: r.string("group") ?? id, precedence: r.int("precedence") ?? 1,
                isDefault: r.bool("isDefault") ?? false, derives: r.strings("derives").sorted(), therapies: r.strings("therapies").sorted(),
                setting: try Self.optionalToken(r.string("setting"), TherapySetting.self, at: id), therapyLine: r.int("therapyLine"),
                outcomes: try Self.tokens(r.strings("outcome"), TherapyOutcome.self, at: id),
                measure: try Self.optionalToken(r.string("measure"), StateMeasure.self, at: id),
                minMonths: r.double("minMonths"), maxMonths: r.double("maxMonths"), belowMonths: r.double("belowMonths"),
                minAge: r.int("minAge"), maxAge: r.int("maxAge"), biomarkers: conditions[id] ?? [], findings: findingConditions[id] ?? [],
                statedBy: r.strings("statedBy").sorted()))
        }
        stateRules.sort { ($0.group, $0.precedence, $0.id) < ($1.group, $1.precedence, $1.id) }
        for r in try QueryRows(graph, KnowledgeQueries.gradeSchemes).all {
            guard let id = r.string("id"), let name = r.string("name") else { continue }
            gradeSchemes[name] = GradeSchemeFacts(
                id: id, name: name, kind: try Self.token(r.string("kind") ?? "grade", GradeKind.self, at: id), order: r.strings("order"))
        }
        let policies = try QueryRows(graph, KnowledgeQueries.rankingPolicies).all
        guard policies.count == 1, let policy = policies.first, let policyID = policy.string("id") else {
            throw .invalidKnowledge("the knowledge base must hold exactly one rankingPolicy (found \(policies.count))")
        }
        rankingPolicy = RankingPolicyFacts(
            id: policyID,
            keys: try policy.strings("keys").map { (t: String) throws(AssessmentError) -> RankingFeature in try Self.token(t, RankingFeature.self, at: policyID) },
            preferredTies: try policy.strings("preferredTies").map { (t: String) throws(AssessmentError) -> RankingFeature in try Self.token(t, RankingFeature.self, at: policyID) })

        for r in try QueryRows(graph, KnowledgeQueries.namedEntities).all {
            guard let id = r.string("id") else { continue }
            let entity = NamedEntity(id: id, names: [id] + r.strings("names"))
            for label in r.strings("labels") { entities[label, default: []].append(entity) }
        }
        for label in entities.keys { entities[label]?.sort { $0.id < $1.id } }
    }

    static func token<T: RawRepresentable>(_ text: String, _ type: T.Type, at owner: String) throws(AssessmentError) -> T where T.RawValue == String {
        guard let value = T(rawValue: text) else {
            throw .invalidKnowledge("\(owner): '\(text.prefix(80))' is not a \(T.self) token")
        }
        return value
    }

    static func optionalToken<T: RawRepresentable>(_ text: String?, _ type: T.Type, at owner: String) throws(AssessmentError) -> T? where T.RawValue == String {
        guard let text else { return nil }
        return try token(text, type, at: owner)
    }

    static func tokens<T: RawRepresentable>(_ texts: [String], _ type: T.Type, at owner: String) throws(AssessmentError) -> [T] where T.RawValue == String {
        var out: [T] = []
        for t in texts { out.append(try token(t, type, at: owner)) }
        return out
    }

    static func statuses(_ tokens: [String], at owner: String) throws(AssessmentError) -> Set<BiomarkerStatus> {
        var out: Set<BiomarkerStatus> = []
        for t in tokens { out.insert(try token(t, BiomarkerStatus.self, at: owner)) }
        return out
    }

    /// `cls` and every class above it.
    package func classAndAncestors(_ cls: String) -> Set<String> {
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
    package func therapyIDs(ofDrug drug: String) -> Set<String> {
        var ids: Set<String> = [drug]
        for c in drugs[drug]?.classes ?? [] { ids.formUnion(classAndAncestors(c)) }
        return ids
    }

    /// Whether `drug` is `therapy` or belongs to it (a class, a regimen containing it, or a
    /// category of such a regimen).
    package func drug(_ drug: String, isA therapy: String) -> Bool {
        if therapyIDs(ofDrug: drug).contains(therapy) { return true }
        if let r = regimens[therapy] { return r.drugs.contains(drug) }
        return false
    }

    /// The regimen whose drugs are exactly `drugs`, if the knowledge base has one.
    package func regimen(withDrugs drugs: Set<String>) -> RegimenFacts? {
        regimens.values.filter { $0.drugs == drugs }.min { $0.id < $1.id }
    }

    /// Trials with an arm using `regimen`, by id.
    func trials(using regimen: String) -> [TrialFacts] {
        trials.values.filter { !$0.arms(using: regimen).isEmpty }.sorted { $0.id < $1.id }
    }

    /// A node's display name (its `name` property, else its id).
    package func name(_ id: String) -> String {
        guard let n = graph.node(withID: id), case .string(let s)? = graph.property("name", of: n) else { return id }
        return s
    }
}
