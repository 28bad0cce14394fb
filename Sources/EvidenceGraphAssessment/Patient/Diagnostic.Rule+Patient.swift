import EvidenceGraphCore

extension Diagnostic.Rule {
    /// A patient profile that contradicts itself (`docs/assessment.md`), reported at its
    /// `file:line:column`.
    public static let patientContradiction = Self(rawValue: "patient-contradiction")
}
