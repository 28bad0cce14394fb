/// The decision model's fixed vocabulary. Each enum's raw values are exactly the tokens of the
/// matching enumeration in `Graph/schema/evidence.xsd` (a test compares them), so a token read
/// from the graph is parsed once, here, and an unknown token is a knowledge error, never a
/// silently ignored string. None of these says anything clinical: which stance endorses,
/// which grade is stronger, how options are ordered all come from `Graph/`.

/// A recommendation's stance.
public enum Stance: String, Sendable, Hashable, Codable, CaseIterable {
    case recommended
    case mayBeConsidered = "may-be-considered"
    case notRecommended = "not-recommended"

    /// Whether the stance supports giving the regimen.
    public var endorses: Bool { self != .notRecommended }
}

/// How a population or recommendation states a prior therapy.
public enum PriorRequirement: String, Sendable, Hashable, Codable, CaseIterable {
    case required, excluded, allowed, reported
    /// The population was enrolled before the therapy was available or standard.
    case predates
}

/// A biomarker status, in patient files and requirements alike.
public enum BiomarkerStatus: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case positive, negative, low, ultralow, zero, mutated
    case wildType = "wild-type"
    case amplified, deficient, proficient, altered, loss, high, unknown

    /// Orders alphabetically by raw value (for stable output), not by clinical meaning.
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// How strongly a contraindication rules a drug out.
public enum ContraindicationSeverity: String, Sendable, Hashable, Codable, CaseIterable {
    /// Never give it: the option is `contraindicated`.
    case absolute
    /// Only when no alternative remains: the option is `not-preferred`.
    case relative
}

/// What a grade scheme measures; the ranking features read schemes by kind.
public enum GradeKind: String, Sendable, Hashable, Codable, CaseIterable {
    case tier, grade, level, benefit, actionability
}

/// A feature the ranking policy may order options by.
public enum RankingFeature: String, Sendable, Hashable, Codable, CaseIterable {
    case verdict
    case biomarkerMatch = "biomarker-match"
    case guidelineTier = "guideline-tier"
    case grade
    case endorsements
    case comorbidityCautions = "comorbidity-cautions"
    case trialPhase = "trial-phase"
    case effectSize = "effect-size"
    case evidenceLevel = "evidence-level"
    case clinicalBenefit = "clinical-benefit"
}

/// How a state rule measures a therapy.
public enum StateMeasure: String, Sendable, Hashable, Codable, CaseIterable {
    /// Months on the therapy.
    case duration
    /// Months from the therapy's end to metastatic relapse.
    case sinceEnd = "since-end"
}

/// The treatment setting a prior therapy, population or recommendation speaks of.
public enum TherapySetting: String, Sendable, Hashable, Codable, CaseIterable {
    case metastatic, adjuvant, neoadjuvant, perioperative
    case neoadjuvantOrAdjuvant = "neoadjuvant-or-adjuvant"
    case adjuvantOrMetastatic = "adjuvant-or-metastatic"
    case metastaticOrAdjuvant = "metastatic-or-adjuvant"
    case any

    /// Whether a therapy given for metastatic disease counts.
    public var includesMetastatic: Bool {
        switch self {
        case .metastatic, .adjuvantOrMetastatic, .metastaticOrAdjuvant, .any: return true
        case .adjuvant, .neoadjuvant, .perioperative, .neoadjuvantOrAdjuvant: return false
        }
    }

    /// Whether a therapy given for early (curable) disease counts.
    public var includesEarly: Bool { self != .metastatic }
}

/// A trial arm's role.
public enum ArmRole: String, Sendable, Hashable, Codable, CaseIterable {
    case experimental, control, cohort
}

/// What a principle is about; the mechanisms that read principles select them by kind.
public enum PrincipleKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Prefer some therapies over others (SequencingPrinciples).
    case sequencing
    /// Do not repeat a drug the disease progressed on (PriorProgression).
    case priorProgression = "prior-progression"
    /// Evidence applies as far as the population matches (EvidenceCoverage).
    case evidenceApplicability = "evidence-applicability"
    /// Documentation of the biomarker-requirement mechanism (no switch).
    case biomarkerRequirement = "biomarker-requirement"
    /// Documentation of the caution mechanism (no switch).
    case comorbidityCaution = "comorbidity-caution"
}

/// How a therapy ended (patient files, state rules).
public enum TherapyOutcome: String, Sendable, Hashable, Codable, CaseIterable {
    case progression, completed, toxicity, ongoing
}

/// Where a biomarker was tested.
public enum TestingSource: String, Sendable, Hashable, Codable, CaseIterable {
    case tumor, germline, ctDNA

    /// A patient file's spelling, case-insensitively (`ctdna`, `plasma` and `cfDNA` mean ctDNA;
    /// `tumour` and `tissue` mean tumor).
    public init?(patientText text: String) {
        switch text.lowercased() {
        case "ctdna", "plasma", "cfdna": self = .ctDNA
        case "tumor", "tumour", "tissue": self = .tumor
        case "germline": self = .germline
        default: return nil
        }
    }

    /// Germline testing reads the inherited genome; tumour and ctDNA testing read the tumour's.
    public var isGermline: Bool { self == .germline }
}
