/// The clinical facts the assessment reads from the graph, as plain values. Everything here
/// comes from `Graph/` through the queries in `KnowledgeQueries`; nothing is written in Swift.

/// A biomarker condition: the biomarker must have one of `statuses` (and, when given, a score
/// within the thresholds on `scale`). Conditions sharing an `anyOf` group (within one owner)
/// are alternatives; the others must all hold.
package struct BiomarkerCondition: Sendable, Hashable, Codable {
    package var biomarker: String
    package var statuses: Set<BiomarkerStatus>
    package var testing: [TestingSource]
    package var anyOf: String?
    package var minScore: Double?
    package var maxScore: Double?
    package var scale: String?
    /// The node that states the condition (drug, recommendation, population, disease id).
    package var owner: String
}

/// A finding that must be present; conditions sharing `anyOf` are alternatives.
package struct FindingCondition: Sendable, Hashable, Codable {
    package var finding: String
    package var anyOf: String?
}

/// A prior-therapy statement of a population or recommendation.
package struct PriorTherapyFact: Sendable, Hashable, Codable {
    /// Drug, drug class, regimen or category id.
    package var therapy: String
    package var requirement: PriorRequirement?
    package var sharePercent: Double?
    package var progressionRequired: Bool?
    /// The setting the count looks at (nil: any setting).
    package var setting: TherapySetting?
    /// How many prior lines must contain the therapy (inclusive bounds).
    package var minCount: Int?
    package var maxCount: Int?
    /// Progression within this many months of starting it.
    package var withinMonths: Double?
    package var note: String?

    /// Whether the statement says the population was enrolled before this therapy existed
    /// as standard.
    var predates: Bool { requirement == .predates }
}

/// Who a recommendation or trial population is for: each field is a criterion the
/// assessment checks against the patient and names when it fails.
package struct Eligibility: Sendable, Hashable, Codable {
    package var diseases: [String] = []
    package var minLine: Int?
    package var maxLine: Int?
    package var ecogMin: Int?
    package var ecogMax: Int?
    package var biomarkers: [BiomarkerCondition] = []
    package var requiredFindings: [FindingCondition] = []
    package var excludedFindings: [String] = []
    package var priorTherapies: [PriorTherapyFact] = []
}

package struct DrugFacts: Sendable, Hashable {
    package var id: String
    package var name: String
    /// The INN as written (lower case, may contain spaces: `trastuzumab deruxtecan`).
    package var inn: String
    /// Direct classes (IN_CLASS).
    package var classes: [String]
    /// Biomarker conditions stated on the drug itself.
    package var requirements: [BiomarkerCondition]
}

/// A comorbidity or finding that rules a drug (or every drug of a class) out.
package struct Contraindication: Sendable, Hashable {
    /// The drug or class that states it.
    package var owner: String
    package var condition: String
    package var severity: ContraindicationSeverity
    package var note: String?
    package var source: [String]
}

/// A drug that must accompany the owner (drug or class) for patients with one of `when`.
package struct CompanionFacts: Sendable, Hashable {
    package var owner: String
    /// A drug or drug class id.
    package var companion: String
    /// Finding ids.
    package var when: [String]
    package var note: String?
    package var source: [String]
}

package struct RegimenFacts: Sendable, Hashable {
    package var id: String
    package var name: String
    package var drugs: Set<String>
    package var categories: Set<String>
    /// Biomarker conditions stated on the regimen itself (a biomarker-directed regimen).
    package var requirements: [BiomarkerCondition] = []
}

package struct GuidelineFacts: Sendable, Hashable {
    package var id: String
    package var name: String
    package var issuer: String
    package var version: String?
    /// The name of the grade scheme the recommendations' `tier` uses.
    package var tierScheme: String?
}

/// A grade as a guideline prints it: scheme name and token.
public struct Grade: Sendable, Hashable, Codable {
    /// The grade scheme (`ESMO-LoE`, `NCCN-category`, …).
    public var scheme: String
    /// The token in that scheme (`I`, `A`, `2A`, …).
    public var value: String
    /// A grade: `value` in `scheme` (not checked against the knowledge base's schemes).
    public init(scheme: String, value: String) {
        self.scheme = scheme
        self.value = value
    }
}

package struct RecommendationFacts: Sendable, Hashable {
    package var id: String
    package var guideline: String
    package var regimen: String
    package var stance: Stance
    package var line: String?
    /// The guideline's own preference tier (a token of its tier scheme).
    package var tier: String?
    /// Grades in the guideline's own schemes (`ESMO-LoE` I, `ESMO-GoR` A, …).
    package var grades: [Grade]
    /// `false` when the statement is not verified against the guideline's text.
    package var verified: Bool?
    package var eligibility: Eligibility
    package var cites: [String]
    package var source: [String]

    /// Whether the stance endorses the regimen.
    package var endorses: Bool { stance.endorses }
}

package struct PopulationFacts: Sendable, Hashable {
    package var id: String
    package var name: String
    package var eligibility: Eligibility
    package var priorTherapies: [PriorTherapyFact] { eligibility.priorTherapies }
    package var requirements: [BiomarkerCondition] { eligibility.biomarkers }
    package var excludedFindings: [String] { eligibility.excludedFindings }
}

package struct ArmFacts: Sendable, Hashable {
    package var id: String
    package var regimen: String
    package var role: ArmRole?
}

package struct OutcomeFacts: Sendable, Hashable {
    package struct ArmResult: Sendable, Hashable {
        package var arm: String
        package var median: Double?
        package var unit: String?
        package var ratePercent: Double?
    }
    package var id: String
    package var endpoint: String
    /// How it was measured, e.g. `investigator`, `BICR`.
    package var assessment: String?
    /// `final`, `interim`, …
    package var analysis: String?
    package var primary: Bool
    package var hazardRatio: Double?
    package var ciLow: Double?
    package var ciHigh: Double?
    package var p: String?
    package var population: String?
    package var subgroup: String?
    package var results: [ArmResult]

    /// Qualifiers shown with the number.
    package var qualifiers: [String] { [primary ? "primary endpoint" : nil, assessment, analysis].compactMap { $0 } }
    /// An interim analysis (shown only when asked for).
    package var isInterim: Bool { analysis?.lowercased().contains("interim") ?? false }
}

package struct TrialFacts: Sendable, Hashable {
    package var id: String
    package var name: String
    package var nct: String?
    package var phase: String?
    package var populations: [PopulationFacts]
    package var arms: [ArmFacts]
    package var outcomes: [OutcomeFacts]

    /// The arms that use `regimen`.
    package func arms(using regimen: String) -> [ArmFacts] { arms.filter { $0.regimen == regimen } }
}

/// A sequencing principle: prefer `prefers` over `over` when every finding of `when` is
/// present, unless one of `unless` applies.
package struct PrincipleFacts: Sendable, Hashable {
    package var id: String
    package var name: String
    package var kind: PrincipleKind?
    package var prefers: [String]
    package var over: [String]
    package var unless: [String]
    /// Findings that must all be present for the principle to apply (APPLIES_TO a Finding).
    package var when: [String] = []
    /// Diseases (subtypes) the patient must have for the principle to apply (APPLIES_TO a
    /// Disease; any one of them).
    package var diseases: [String] = []
    package var statedBy: [String]
}

/// A caution: a drug (or class) causes a toxicity that calls for caution in a condition, or
/// a direct caution.
package struct CautionFacts: Sendable, Hashable {
    /// The drug or class that states it.
    package var owner: String
    /// The toxicity id, or `nil` for a caution stated on the drug directly.
    package var toxicity: String?
    package var toxicityName: String?
    package var condition: String
    package var incidencePercent: Double?
    package var note: String?
    package var toxicityNote: String?
    /// The caution's severity as the data states it (`major`, `moderate`, …), shown with it.
    package var severity: String? = nil
}

/// A disease (subtype) with its defining biomarker conditions and parents.
package struct DiseaseFacts: Sendable, Hashable {
    package var id: String
    package var name: String
    package var parents: [String]
    package var requirements: [BiomarkerCondition]
}

package struct FindingFacts: Sendable, Hashable {
    package var id: String
    package var name: String
    package var kind: String?
}

/// A status that follows from other facts: the `requirements` hold and the biomarker's own
/// IHC/ISH detail matches.
package struct StatusDerivationFacts: Sendable, Hashable {
    package var id: String
    package var biomarker: String
    package var status: BiomarkerStatus
    package var ihc: [String]
    package var ish: [String]
    package var requirements: [BiomarkerCondition]
}

/// Which patient statuses satisfy which requirement statuses, or leave them open.
package struct StatusRuleFacts: Sendable, Hashable {
    package var id: String
    /// Biomarkers it is limited to (empty: all).
    package var biomarkers: [String]
    package var statuses: Set<BiomarkerStatus>
    package var satisfies: Set<BiomarkerStatus>
    package var mayBe: Set<BiomarkerStatus>
    package var test: String?
}

/// A rule deriving a clinical state (a finding) from the patient's therapies or age.
package struct StateRuleFacts: Sendable, Hashable {
    package var id: String
    package var name: String
    package var group: String
    package var precedence: Int
    package var isDefault: Bool
    package var derives: [String]
    package var therapies: [String]
    package var setting: TherapySetting?
    package var therapyLine: Int?
    package var outcomes: [TherapyOutcome]
    package var measure: StateMeasure?
    package var minMonths: Double?
    package var maxMonths: Double?
    package var belowMonths: Double?
    package var minAge: Int?
    package var maxAge: Int?
    package var biomarkers: [BiomarkerCondition]
    package var findings: [FindingCondition]
    package var statedBy: [String]
}

/// A grade or tier scale, strongest token first.
package struct GradeSchemeFacts: Sendable, Hashable {
    package var id: String
    package var name: String
    package var kind: GradeKind
    package var order: [String]

    /// 0 for the strongest token … 1 for the weakest; nil when the token is not in the scale.
    package func strength(of token: String) -> Double? {
        guard let i = order.firstIndex(of: token) else { return nil }
        return order.count > 1 ? Double(i) / Double(order.count - 1) : 0
    }
}

/// The ranking policy: keys in order, and the keys on which an option must tie with the best
/// indicated one to be `preferred`.
package struct RankingPolicyFacts: Sendable, Hashable {
    package var id: String
    package var keys: [RankingFeature]
    package var preferredTies: [RankingFeature]
}

/// A named thing patients refer to: biomarker, comorbidity, finding, site, drug.
package struct NamedEntity: Sendable, Hashable {
    package var id: String
    /// Every name it answers to (id, name, synonyms, gene symbols, brand names).
    package var names: [String]
}
