/// An option while it is being assessed: the mechanisms add blockers (verdicts worse than
/// `option`), reasons, cautions and the numbers used for ranking.
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
    /// Guidelines whose endorsement applies to this patient.
    var endorsements = 0
    var strength = 0.0
    var maxPhase = 0
    var bestHazardRatio: Double?
    /// Comorbidity cautions only (trial-population cautions do not lower the rank).
    var comorbidityCautions = 0

    mutating func block(_ verdict: Verdict, _ reason: Reason) { blockers.append((verdict, reason)) }

    /// No mechanism found a reason against it.
    var isIndicated: Bool { blockers.isEmpty }

    /// The worst verdict a mechanism gave, or `option`.
    var verdict: Verdict { blockers.map(\.0).max() ?? .option }

    /// Sorts options: verdict, then guideline endorsements that apply, then comorbidity
    /// cautions (an equally endorsed alternative without them ranks higher), then guideline
    /// strength, trial phase and effect size (lower hazard ratio first).
    var rankKey: [Double] {
        [Double(verdict.order), -Double(endorsements), comorbidityCautions > 0 ? 1 : 0, -strength, -Double(maxPhase), bestHazardRatio ?? 9]
    }
}
