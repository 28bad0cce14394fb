/// The fixed verdict vocabulary of an assessed option, from best to worst.
public enum Verdict: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    /// The best option(s) for this patient now.
    case preferred
    /// Indicated and reasonable.
    case option
    /// Indicated, but deferred or inferior here.
    case notPreferred = "not-preferred"
    /// The supporting evidence does not cover this patient.
    case evidenceGap = "evidence-gap"
    /// Depends on a test whose result is unknown.
    case needsTesting = "needs-testing"
    /// Not for this patient: a criterion fails, or she already progressed on it.
    case notIndicated = "not-indicated"
    /// The patient's condition rules it out.
    case contraindicated

    var order: Int { Verdict.allCases.firstIndex(of: self)! }
    /// Orders verdicts from best to worst: `preferred < option < … < contraindicated`.
    public static func < (a: Verdict, b: Verdict) -> Bool { a.order < b.order }
}

/// A sentence of the assessment and the graph nodes behind it (trial, recommendation,
/// principle, toxicity, comorbidity ids).
public struct Reason: Sendable, Hashable, Codable {
    /// The sentence, in English.
    public var text: String
    /// The ids of the graph nodes behind the sentence, without repeats, in first-cited order.
    public var cites: [String]
    /// A reason; repeated ids in `cites` are dropped (the first occurrence is kept).
    public init(_ text: String, cites: [String]) {
        self.text = text
        var seen: Set<String> = []
        self.cites = cites.filter { seen.insert($0).inserted }
    }
}

/// One guideline's position on an option.
public struct GuidelinePosition: Sendable, Hashable, Codable {
    /// What the issuer's recommendations say about the option for this patient.
    public enum Stance: String, Sendable, Hashable, Codable {
        /// `endorsed`: an endorsing recommendation whose eligibility this patient meets;
        /// `endorsed-not-for-this-patient`: endorsed, but none of its endorsements fits her;
        /// `not-endorsed`: the issuer's only recommendations on the regimen are against it;
        /// `silent`: the issuer has no recommendation on the regimen.
        case endorsed, endorsedNotApplicable = "endorsed-not-for-this-patient", notEndorsed = "not-endorsed", silent
    }
    /// The issuer's key (`ESMO`, `NCCN`, `RU-MoH`, …).
    public var issuer: String
    /// Whether the issuer endorses the option, and for this patient.
    public var stance: Stance
    /// The guideline's own preference tier, when it prints one.
    public var tier: String?
    /// Grades in the guideline's own schemes.
    public var grades: [Grade]
    /// A sentence: the stance, the strength in the guideline's own scheme, and why.
    public var text: String
    /// The ids of the recommendations behind the stance (empty when it is ``Stance/silent``).
    public var cites: [String]
}

/// A test to order before the choice can be made, and the options it decides.
public struct TestOrder: Sendable, Hashable, Codable {
    /// What to order, in words ("ESR1 (ctDNA testing)").
    public var test: String
    /// The graph nodes behind it (biomarkers, rules).
    public var cites: [String]
    /// Names of the options that depend on it.
    public var decides: [String]
    /// For a plain biomarker test: the biomarker and the sample sources (merged across options).
    public var biomarker: String? = nil
    /// For a plain biomarker test: the sample sources to test (`tumor`, `ctDNA`, …); empty otherwise.
    public var sources: [String] = []
}

/// A drug that must be given with an option for this patient (ovarian function suppression
/// with an aromatase inhibitor before menopause).
public struct Companion: Sendable, Hashable, Codable {
    /// The companion drug or class id.
    public var id: String
    /// The companion's display name.
    public var name: String
    /// Why it is needed for this patient: the drug, its class and the findings that call for it.
    public var because: String
    /// The graph nodes behind it: the class or drug that needs the companion, the companion, the
    /// findings.
    public var cites: [String]
}

/// The assessment of one candidate regimen for one patient.
public struct OptionAssessment: Sendable, Hashable, Codable {
    /// Knowledge-base drug ids, sorted (multi-word INNs hyphenated: `trastuzumab-deruxtecan`).
    public var drugs: [String]
    /// The INNs as written, lower case and sorted (`trastuzumab deruxtecan`): the JSON `drugs`.
    public var inns: [String]
    /// The knowledge base's regimen, when it has one with exactly these drugs.
    public var regimen: String?
    /// The option's display name (the regimen's name, or the drugs joined).
    public var name: String
    /// The option's verdict; ``Verdict/preferred`` is given after ranking, to indicated options tied
    /// with the best one.
    public var verdict: Verdict
    /// The option's position by the knowledge base's ranking policy, 1-based; options with equal
    /// ranking keys share a rank (competition ranking: 1, 2, 2, 4).
    public var rank: Int
    /// Why it has its verdict: blocking reasons first, then supporting ones.
    public var reasons: [Reason]
    /// One position per guideline issuer the assessment consulted, sorted by issuer.
    public var guidelines: [GuidelinePosition]
    /// Cautions that leave the verdict as it is: a toxicity the patient's comorbidity makes
    /// riskier (these can lower the rank), a trial population unlike this patient.
    public var cautions: [Reason]
    /// Drugs that must be given with it for this patient.
    public var companions: [Companion]
    /// Trial results shown only on request (interim analyses, secondary populations).
    public var moreEvidence: [Reason]
}

/// What the assessment derived about the patient from her profile and the knowledge base.
public struct DerivedState: Sendable, Hashable, Codable {
    /// Metastatic lines received.
    public var priorMetastaticLines: Int
    /// The line a new therapy would be (``priorMetastaticLines`` + 1 in metastatic disease).
    public var currentLine: Int
    /// Prior metastatic lines per top-level drug class (chemotherapy, endocrine, targeted…).
    public var linesByClass: [String: Int]
    /// Drugs and classes the disease progressed on.
    public var progressedOn: [String]
    /// Findings derived by rules, with the rule (`primary-endocrine-resistance` ← `abc-…`).
    public var derivedFindings: [String: String]
    /// Every finding that holds (stated or derived).
    public var findings: [String]
    /// Biomarker statuses, stated and derived.
    public var biomarkers: [String: String]
    /// States that could not be established, with why.
    public var undetermined: [String: String]
    /// What the profile held that the knowledge base does not know.
    public var warnings: [String]
}

/// A patient's assessed options, listed by rank, with the tests to order first.
public struct Assessment: Sendable, Hashable, Codable {
    /// The patient's id (``PatientProfile/id``).
    public var patient: String
    /// What the assessment derived about the patient.
    public var derived: DerivedState
    /// Tests to order before choosing, with the options each decides.
    public var tests: [TestOrder]
    /// Every candidate option, sorted by rank (ties by name).
    public var options: [OptionAssessment]
}
