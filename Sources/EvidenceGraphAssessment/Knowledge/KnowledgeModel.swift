/// The clinical facts the assessment reads from the graph, as plain values. Everything here
/// comes from `Graph/` through the queries in ``KnowledgeQueries``; nothing is written in Swift.

/// A biomarker condition: the biomarker must have one of `statuses` (and, when given, a score
/// within the thresholds on `scale`). Conditions sharing an `anyOf` group (within one owner)
/// are alternatives; the others must all hold.
public struct BiomarkerCondition: Sendable, Hashable, Codable {
    public var biomarker: String
    public var statuses: Set<BiomarkerStatus>
    public var testing: [TestingSource]
    public var anyOf: String?
    public var minScore: Double?
    public var maxScore: Double?
    public var scale: String?
    /// The node that states the condition (drug, recommendation, population, disease id).
    public var owner: String
}

/// A finding that must be present; conditions sharing `anyOf` are alternatives.
public struct FindingCondition: Sendable, Hashable, Codable {
    public var finding: String
    public var anyOf: String?
}

/// A prior-therapy statement of a population or recommendation.
public struct PriorTherapyFact: Sendable, Hashable, Codable {
    /// Drug, drug class, regimen or category id.
    public var therapy: String
    public var requirement: PriorRequirement?
    public var sharePercent: Double?
    public var progressionRequired: Bool?
    /// The setting the count looks at (nil: any setting).
    public var setting: TherapySetting?
    /// How many prior lines must contain the therapy (inclusive bounds).
    public var minCount: Int?
    public var maxCount: Int?
    /// Progression within this many months of starting it.
    public var withinMonths: Double?
    public var note: String?

    /// Whether the statement says the population was enrolled before this therapy existed
    /// as standard.
    var predates: Bool { requirement == .predates }
}

/// Who a recommendation or trial population is for: each field is a criterion the
/// assessment checks against the patient and names when it fails.
public struct Eligibility: Sendable, Hashable, Codable {
    public var diseases: [String] = []
    public var minLine: Int?
    public var maxLine: Int?
    public var ecogMin: Int?
    public var ecogMax: Int?
    public var biomarkers: [BiomarkerCondition] = []
    public var requiredFindings: [FindingCondition] = []
    public var excludedFindings: [String] = []
    public var priorTherapies: [PriorTherapyFact] = []
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
}

/// A comorbidity or finding that rules a drug (or every drug of a class) out.
public struct Contraindication: Sendable, Hashable {
    /// The drug or class that states it.
    public var owner: String
    public var condition: String
    public var severity: ContraindicationSeverity
    public var note: String?
    public var source: [String]
}

/// A drug that must accompany the owner (drug or class) for patients with one of `when`.
public struct CompanionFacts: Sendable, Hashable {
    public var owner: String
    /// A drug or drug class id.
    public var companion: String
    /// Finding ids.
    public var when: [String]
    public var note: String?
    public var source: [String]
}

public struct RegimenFacts: Sendable, Hashable {
    public var id: String
    public var name: String
    public var drugs: Set<String>
    public var categories: Set<String>
    /// Biomarker conditions stated on the regimen itself (a biomarker-directed regimen).
    public var requirements: [BiomarkerCondition] = []
}

public struct GuidelineFacts: Sendable, Hashable {
    public var id: String
    public var name: String
    public var issuer: String
    public var version: String?
    /// The name of the grade scheme the recommendations' `tier` uses.
    public var tierScheme: String?
}

/// A grade as a guideline prints it: scheme name and token.
public struct Grade: Sendable, Hashable, Codable {
    public var scheme: String
    public var value: String
}

public struct RecommendationFacts: Sendable, Hashable {
    public var id: String
    public var guideline: String
    public var regimen: String
    public var stance: Stance
    public var line: String?
    /// The guideline's own preference tier (a token of its tier scheme).
    public var tier: String?
    /// Grades in the guideline's own schemes (`ESMO-LoE` I, `ESMO-GoR` A, …).
    public var grades: [Grade]
    /// `false` when the statement is not verified against the guideline's text.
    public var verified: Bool?
    public var eligibility: Eligibility
    public var cites: [String]
    public var source: [String]

    /// Whether the stance endorses the regimen.
    public var endorses: Bool { stance.endorses }
}

public struct PopulationFacts: Sendable, Hashable {
    public var id: String
    public var name: String
    public var eligibility: Eligibility
    public var priorTherapies: [PriorTherapyFact] { eligibility.priorTherapies }
    public var requirements: [BiomarkerCondition] { eligibility.biomarkers }
    public var excludedFindings: [String] { eligibility.excludedFindings }
}

public struct ArmFacts: Sendable, Hashable {
    public var id: String
    public var regimen: String
    public var role: ArmRole?
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
    /// How it was measured, e.g. `investigator`, `BICR`.
    public var assessment: String?
    /// `final`, `interim`, …
    public var analysis: String?
    public var primary: Bool
    public var hazardRatio: Double?
    public var ciLow: Double?
    public var ciHigh: Double?
    public var p: String?
    public var population: String?
    public var subgroup: String?
    public var results: [ArmResult]

    /// Qualifiers shown with the number.
    public var qualifiers: [String] { [primary ? "primary endpoint" : nil, assessment, analysis].compactMap { $0 } }
    /// An interim analysis (shown only when asked for).
    public var isInterim: Bool { analysis?.lowercased().contains("interim") ?? false }
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

/// A sequencing principle: prefer `prefers` over `over` when every finding of `when` is
/// present, unless one of `unless` applies.
public struct PrincipleFacts: Sendable, Hashable {
    public var id: String
    public var name: String
    public var kind: PrincipleKind?
    public var prefers: [String]
    public var over: [String]
    public var unless: [String]
    /// Findings that must all be present for the principle to apply (APPLIES_TO a Finding).
    public var when: [String] = []
    /// Diseases (subtypes) the patient must have for the principle to apply (APPLIES_TO a
    /// Disease; any one of them).
    public var diseases: [String] = []
    public var statedBy: [String]
}

/// A caution: a drug (or class) causes a toxicity that calls for caution in a condition, or
/// a direct caution.
public struct CautionFacts: Sendable, Hashable {
    /// The drug or class that states it.
    public var owner: String
    /// The toxicity id, or `nil` for a caution stated on the drug directly.
    public var toxicity: String?
    public var toxicityName: String?
    public var condition: String
    public var incidencePercent: Double?
    public var note: String?
    public var toxicityNote: String?
    /// The caution's severity as the data states it (`major`, `moderate`, …), shown with it.
    public var severity: String? = nil
}

/// A disease (subtype) with its defining biomarker conditions and parents.
public struct DiseaseFacts: Sendable, Hashable {
    public var id: String
    public var name: String
    public var parents: [String]
    public var requirements: [BiomarkerCondition]
}

public struct FindingFacts: Sendable, Hashable {
    public var id: String
    public var name: String
    public var kind: String?
}

/// A status that follows from other facts: the `requirements` hold and the biomarker's own
/// IHC/ISH detail matches.
public struct StatusDerivationFacts: Sendable, Hashable {
    public var id: String
    public var biomarker: String
    public var status: BiomarkerStatus
    public var ihc: [String]
    public var ish: [String]
    public var requirements: [BiomarkerCondition]
}

/// Which patient statuses satisfy which requirement statuses, or leave them open.
public struct StatusRuleFacts: Sendable, Hashable {
    public var id: String
    /// Biomarkers it is limited to (empty: all).
    public var biomarkers: [String]
    public var statuses: Set<BiomarkerStatus>
    public var satisfies: Set<BiomarkerStatus>
    public var mayBe: Set<BiomarkerStatus>
    public var test: String?
}

/// A rule deriving a clinical state (a finding) from the patient's therapies or age.
public struct StateRuleFacts: Sendable, Hashable {
    public var id: String
    public var name: String
    public var group: String
    public var precedence: Int
    public var isDefault: Bool
    public var derives: [String]
    public var therapies: [String]
    public var setting: TherapySetting?
    public var therapyLine: Int?
    public var outcomes: [TherapyOutcome]
    public var measure: StateMeasure?
    public var minMonths: Double?
    public var maxMonths: Double?
    public var belowMonths: Double?
    public var minAge: Int?
    public var maxAge: Int?
    public var biomarkers: [BiomarkerCondition]
    public var findings: [FindingCondition]
    public var statedBy: [String]
}

/// A grade or tier scale, strongest token first.
public struct GradeSchemeFacts: Sendable, Hashable {
    public var id: String
    public var name: String
    public var kind: GradeKind
    public var order: [String]

    /// 0 for the strongest token … 1 for the weakest; nil when the token is not in the scale.
    public func strength(of token: String) -> Double? {
        guard let i = order.firstIndex(of: token) else { return nil }
        return order.count > 1 ? Double(i) / Double(order.count - 1) : 0
    }
}

/// The ranking policy: keys in order, and the keys on which an option must tie with the best
/// indicated one to be `preferred`.
public struct RankingPolicyFacts: Sendable, Hashable {
    public var id: String
    public var keys: [RankingFeature]
    public var preferredTies: [RankingFeature]
}

/// A named thing patients refer to: biomarker, comorbidity, finding, site, drug.
public struct NamedEntity: Sendable, Hashable {
    public var id: String
    /// Every name it answers to (id, name, synonyms, gene symbols, brand names).
    public var names: [String]
}
