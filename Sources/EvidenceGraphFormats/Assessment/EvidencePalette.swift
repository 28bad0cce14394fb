import EvidenceGraphAssessment

/// The colours of the evidence drawings and the report: one per kind of evidence and one
/// per fit (holds, open, fails), so that cautions and contraindications stand out.
enum EvidencePalette {
    static let patient = "#dbeafe"
    static let requirement = "#f1f5f9"
    static let recommendation = "#ede9fe"
    static let trial = "#e0f2fe"
    static let population = "#f8fafc"
    static let outcome = "#ffffff"
    static let caution = "#fed7aa"
    static let contraindication = "#fecaca"
    static let other = "#f5f5f4"

    static let met = "#15803d"
    static let open = "#b45309"
    static let failed = "#b91c1c"
    static let neutral = "#64748b"

    static func color(_ state: EvidenceFit.State) -> String {
        switch state {
        case .met: met
        case .open: open
        case .failed: failed
        }
    }

    /// Fill colour of a verdict.
    static func fill(_ v: Verdict) -> String {
        switch v {
        case .preferred: "#bbf7d0"
        case .option: "#dcfce7"
        case .notPreferred: "#fef9c3"
        case .evidenceGap: "#e5e7eb"
        case .needsTesting: "#dbeafe"
        case .notIndicated: "#fee2e2"
        case .contraindicated: "#fca5a5"
        }
    }

    static func stance(_ s: GuidelinePosition.Stance?) -> String {
        switch s {
        case .endorsed?: met
        case .endorsedNotApplicable?: open
        case .notEndorsed?: failed
        case .silent?, nil: neutral
        }
    }
}
