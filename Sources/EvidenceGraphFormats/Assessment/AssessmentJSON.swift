import EvidenceGraphAssessment

/// Writes the `evg assess --format json` contract: `Assessment`'s own `Codable` conformance
/// (which defines it; version `Assessment/contractVersion`), encoded by ``ContractJSON``.
///
/// ```swift
/// let assessment = try Assessor(knowledge: knowledge).assess(profile)
/// let json = AssessmentJSON.text(assessment, pretty: true)
/// // keys sorted: "derived", "options", "patient", "tests", "version": 2
/// ```
///
/// - Complexity: Linear in the size of the assessment, plus sorting each object's keys.
public enum AssessmentJSON {
    /// The contract's version.
    public static var version: Int { Assessment.contractVersion }

    /// The assessment as contract JSON (indented with `pretty`); `verbose` adds each
    /// option's `moreEvidence`.
    public static func text(_ a: Assessment, verbose: Bool = false, pretty: Bool = false) -> String {
        ContractJSON.text(a, pretty: pretty, userInfo: [OptionAssessment.moreEvidenceKey: verbose])
    }
}
