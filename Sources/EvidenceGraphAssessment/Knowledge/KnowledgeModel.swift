/// The clinical facts the assessment reads from the graph, as plain values. Everything here
/// comes from `Graph/` through the queries in ``KnowledgeQueries``; nothing is written in Swift.

/// A biomarker condition: the biomarker must have one of `statuses`. Conditions sharing an
/// `anyOf` group (within one owner) are alternatives; the others must all hold.
public struct BiomarkerCondition: Sendable, Hashable {
    public var biomarker: String
    public var statuses: [String]
    public var testing: [String]
    public var anyOf: String?
    /// The node that states the condition (drug, recommendation or population id).
    public var owner: String
}

/// A prior-therapy statement of a population or recommendation.
public struct PriorTherapyFact: Sendable, Hashable {
    /// Drug, drug class, regimen or category id.
    public var therapy: String
    /// `required`, `allowed`, `excluded`, `reported`, `predates`.
    public var requirement: String?
    public var sharePercent: Double?
    public var progressionRequired: Bool?
    public var note: String?

    /// Whether the statement says the population was enrolled before this therapy existed
    /// as standard (`requirement="predates"`, or a note starting with `predates`).
    var predates: Bool {
        requirement == "predates" || (note?.lowercased().hasPrefix("predates") ?? false)
    }
}

public struct DrugFacts: Sendable, Hashable {
    public var id: String
    public var name: String
    /// The INN as written (lower case, may contain spaces: `trastuzumab deruxtecan`).
    public var inn: String
    /// Direct classes (IN_CLASS).
    public var classes: [String]
    /// Biomarker conditions stated on the drug itself.
    public var requirements: [BiomarkerCondition]
    /// Conditions that rule the drug out (CONTRAINDICATED_IN).
    public var contraindications: [Contraindication]
}

/// A comorbidity or finding that rules a drug out, with the data's note (its basis).
public struct Contraindication: Sendable, Hashable {
    public var condition: String
    public var note: String?
}

public struct RegimenFacts: Sendable, Hashable {
    public var id: String
    public var name: String
    public var drugs: Set<String>
    public var categories: Set<String>
}

public struct GuidelineFacts: Sendable, Hashable {
    public var id: String
    public var name: String
    public var issuer: String
    public var version: String?
}

public struct RecommendationFacts: Sendable, Hashable {
    public var id: String
    public var guideline: String
    public var regimen: String
    /// `recommended`, `not-recommended`, `optional`, … as the data says.
    public var stance: String
    public var line: String?
    /// The strength in the guideline's own scheme, as written (e.g. `ESMO-LoE:I, ESMO-GoR:A`).
    public var strength: [String]
    public var requirements: [BiomarkerCondition]
    public var excludedBy: [String]
    public var requiredPrior: [PriorTherapyFact]
    public var cites: [String]

    /// Whether the stance endorses the regimen.
    public var endorses: Bool { !stance.hasPrefix("not") && stance != "against" }
}

public struct PopulationFacts: Sendable, Hashable {
    public var id: String
    public var priorTherapies: [PriorTherapyFact]
    public var requirements: [BiomarkerCondition]
    public var excludedFindings: [String]
}

public struct ArmFacts: Sendable, Hashable {
    public var id: String
    public var regimen: String
    public var role: String?
}

public struct OutcomeFacts: Sendable, Hashable {
    public struct ArmResult: Sendable, Hashable {
        public var arm: String
        public var median: Double?
        public var unit: String?
        public var ratePercent: Double?
    }
    public var id: String
    public var endpoint: String
    /// How and when it was measured, e.g. `investigator`, `final` (shown with the number).
    public var qualifiers: [String]
    public var hazardRatio: Double?
    public var ciLow: Double?
    public var ciHigh: Double?
    public var p: String?
    public var population: String?
    public var results: [ArmResult]
}

public struct TrialFacts: Sendable, Hashable {
    public var id: String
    public var name: String
    public var nct: String?
    public var phase: String?
    public var populations: [PopulationFacts]
    public var arms: [ArmFacts]
    public var outcomes: [OutcomeFacts]

    /// The arms that use `regimen`.
    func arms(using regimen: String) -> [ArmFacts] { arms.filter { $0.regimen == regimen } }
}

/// A sequencing principle: prefer `prefers` over `over` unless one of `unless` applies.
public struct PrincipleFacts: Sendable, Hashable {
    public var id: String
    public var name: String
    public var kind: String?
    public var prefers: [String]
    public var over: [String]
    public var unless: [String]
    public var statedBy: [String]
}

/// A drug's toxicity that calls for caution in a comorbidity.
public struct CautionFacts: Sendable, Hashable {
    public var drug: String
    /// The toxicity id, or `nil` for a caution stated on the drug directly.
    public var toxicity: String?
    public var toxicityName: String?
    public var comorbidity: String
    public var incidencePercent: Double?
    public var note: String?
    public var toxicityNote: String?
}

/// A named thing patients refer to: biomarker, comorbidity, finding, site, drug.
public struct NamedEntity: Sendable, Hashable {
    public var id: String
    /// Every name it answers to (id, name, synonyms, gene symbols, brand names).
    public var names: [String]
}
