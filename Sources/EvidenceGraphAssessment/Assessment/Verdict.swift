/// The fixed verdict vocabulary of an assessed option, from best to worst.
public enum Verdict: String, Sendable, Hashable, CaseIterable, Comparable {
    /// The best option(s) for this patient now.
    case preferred
    /// Indicated and reasonable.
    case option
    /// Indicated, but deferred or inferior here.
    case notPreferred = "not-preferred"
    /// The supporting evidence does not cover this patient.
    case evidenceGap = "evidence-gap"
    /// Depends on a biomarker whose status is unknown.
    case needsTesting = "needs-testing"
    /// A required biomarker is absent, or the patient already progressed on it.
    case notIndicated = "not-indicated"
    /// The patient's condition rules it out.
    case contraindicated

    var order: Int { Verdict.allCases.firstIndex(of: self)! }
    public static func < (a: Verdict, b: Verdict) -> Bool { a.order < b.order }
}

/// A sentence of the assessment and the graph nodes behind it (trial, recommendation,
/// principle, toxicity, comorbidity ids).
public struct Reason: Sendable, Hashable {
    public var text: String
    public var cites: [String]
    public init(_ text: String, cites: [String]) {
        self.text = text
        var seen: Set<String> = []
        self.cites = cites.filter { seen.insert($0).inserted }
    }
}

/// One guideline's position on an option.
public struct GuidelinePosition: Sendable, Hashable {
    public enum Stance: String, Sendable, Hashable {
        case endorsed, endorsedNotApplicable = "endorsed-not-for-this-patient", notEndorsed = "not-endorsed", silent
    }
    /// The issuer's key (`ESMO`, `NCCN`, `RU`, …).
    public var issuer: String
    public var stance: Stance
    /// A sentence: the stance, the strength in the guideline's own scheme, and why.
    public var text: String
    public var cites: [String]
}

/// The assessment of one candidate regimen for one patient.
public struct OptionAssessment: Sendable, Hashable {
    /// Knowledge-base drug ids, sorted (multi-word INNs hyphenated: `trastuzumab-deruxtecan`).
    public var drugs: [String]
    /// The INNs as written, lower case and sorted (`trastuzumab deruxtecan`): the JSON `drugs`.
    public var inns: [String]
    /// The knowledge base's regimen, when it has one with exactly these drugs.
    public var regimen: String?
    public var name: String
    public var verdict: Verdict
    public var rank: Int
    public var reasons: [Reason]
    public var guidelines: [GuidelinePosition]
    public var cautions: [Reason]
}

/// A patient's assessed options, listed by rank.
public struct Assessment: Sendable, Hashable {
    public var patient: String
    public var options: [OptionAssessment]
}
