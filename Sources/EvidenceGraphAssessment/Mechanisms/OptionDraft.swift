/// An option while it is being assessed: the mechanisms add blockers (verdicts worse than
/// `option`), reasons, cautions, tests and the facts the ranking policy reads.
struct OptionDraft {
    var drugs: [String]
    /// The drugs' INNs as written (sorted), for output.
    var inns: [String] = []
    var regimen: String?
    var name: String
    var categories: Set<String>
    var blockers: [(Verdict, Reason)] = []
    var reasons: [Reason] = []
    var cautions: [Reason] = []
    var positions: [GuidelinePosition] = []
    /// Endorsing recommendations that apply to this patient.
    var applicable: [RecommendationFacts] = []
    /// Trials with an arm using the regimen.
    var trials: [TrialFacts] = []
    /// Trials with a population that fits this patient on line, prior therapy and biomarkers.
    var fittingTrials: [TrialFacts] = []
    /// Tests that would decide an open criterion.
    var tests: [TestOrder] = []
    /// Drugs that must accompany the option for this patient.
    var companions: [Companion] = []
    /// Whether a biomarker-directed drug or regimen of the option matches her tumour.
    var biomarkerMatch = false
    /// Comorbidity cautions only (trial-population cautions do not lower the rank).
    var comorbidityCautions = 0

    mutating func block(_ verdict: Verdict, _ reason: Reason) { blockers.append((verdict, reason)) }

    /// No mechanism found a reason against it.
    var isIndicated: Bool { blockers.isEmpty }

    /// The worst verdict a mechanism gave, or `option`.
    var verdict: Verdict { blockers.map(\.0).max() ?? .option }
}
