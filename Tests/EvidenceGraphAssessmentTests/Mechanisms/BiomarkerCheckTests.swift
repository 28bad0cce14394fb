import Testing
@testable import EvidenceGraphAssessment

/// Which statuses satisfy which requirements is data (StatusRule): `loss` satisfies
/// `altered`, HER2 `low` satisfies `negative`, HER2 `negative` without an IHC score may still
/// be `low` (open, with the rule's test), a germline requirement is not met by a tumour result,
/// and scores are compared with their thresholds.
@Suite struct BiomarkerCheckTests {
    static let graph = """
        <biomarker id="pten" name="PTEN"/>
        <biomarker id="her2" name="HER2">
          <statusDerivation id="her2-low-1" status="low" ihc="1+"/>
        </biomarker>
        <biomarker id="brca" name="BRCA"/>
        <biomarker id="pdl1" name="PD-L1"/>
        <statusRule id="loss-altered" status="loss" satisfies="altered"/>
        <statusRule id="low-negative" status="low" satisfies="negative"><biomarker ref="her2"/></statusRule>
        <statusRule id="neg-may-be-low" status="negative" mayBe="low" test="HER2 IHC score"><biomarker ref="her2"/></statusRule>
        """

    func condition(_ b: String, _ s: Set<BiomarkerStatus>, testing: [TestingSource] = [], min: Double? = nil, scale: String? = nil) -> BiomarkerCondition {
        BiomarkerCondition(biomarker: b, statuses: s, testing: testing, anyOf: nil, minScore: min, maxScore: nil, scale: scale, owner: "o")
    }

    func evaluate(_ c: BiomarkerCondition, _ profile: PatientProfile) throws -> BiomarkerCheck.Outcome {
        let k = try TinyKnowledge.load(Self.graph)
        let ctx = try TinyKnowledge.context(k, profile)
        return BiomarkerCheck(knowledge: k).evaluate([c], for: ctx.patient)
    }

    @Test func lossSatisfiesAltered() throws {
        #expect(try evaluate(condition("pten", [.altered]), TinyKnowledge.patient(biomarkers: [("PTEN", .loss)])) == .met)
        if case .failed = try evaluate(condition("pten", [.altered]), TinyKnowledge.patient(biomarkers: [("PTEN", .wildType)])) {} else {
            Issue.record("wild-type must fail an 'altered' requirement")
        }
    }

    @Test func her2NegativeMayBeLowUntilScored() throws {
        guard case .unknown(let open) = try evaluate(condition("her2", [.low]), TinyKnowledge.patient(biomarkers: [("HER2", .negative)])) else {
            Issue.record("HER2 negative without IHC must leave HER2-low open"); return
        }
        #expect(open.first?.test == "HER2 IHC score")
        var p = TinyKnowledge.patient()
        p.biomarkers = [PatientProfile.Biomarker(name: "HER2", status: .negative, ihc: "1+")]
        #expect(try evaluate(condition("her2", [.low]), p) == .met, "IHC 1+ derives HER2-low")
        #expect(try evaluate(condition("her2", [.negative]), p) == .met, "HER2-low is HER2-negative")
    }

    @Test func germlineRequirementNeedsAGermlineResult() throws {
        var p = TinyKnowledge.patient()
        p.biomarkers = [PatientProfile.Biomarker(name: "BRCA", status: .mutated, source: "tumour")]
        guard case .unknown = try evaluate(condition("brca", [.mutated], testing: [.germline]), p) else {
            Issue.record("a tumour result leaves a germline requirement open"); return
        }
        p.biomarkers = [PatientProfile.Biomarker(name: "BRCA", status: .mutated, source: "Germline")]
        #expect(try evaluate(condition("brca", [.mutated], testing: [.germline]), p) == .met)
    }

    @Test func scoreThresholds() throws {
        var p = TinyKnowledge.patient()
        p.biomarkers = [PatientProfile.Biomarker(name: "PD-L1", status: .positive, score: 12, scale: "CPS")]
        #expect(try evaluate(condition("pdl1", [.positive], min: 10, scale: "CPS"), p) == .met)
        p.biomarkers = [PatientProfile.Biomarker(name: "PD-L1", status: .positive, score: 5, scale: "CPS")]
        if case .failed = try evaluate(condition("pdl1", [.positive], min: 10, scale: "CPS"), p) {} else { Issue.record("CPS 5 < 10 fails") }
        p.biomarkers = [PatientProfile.Biomarker(name: "PD-L1", status: .positive)]
        if case .unknown = try evaluate(condition("pdl1", [.positive], min: 10, scale: "CPS"), p) {} else { Issue.record("no score: open") }
    }
}
