import Testing
@testable import EvidenceGraphAssessment

/// Eligibility criteria are checked one by one and named when they fail: line range, prior
/// therapy counts in a setting, excluded prior therapy, subtype, required findings.
@Suite struct EligibilityCheckTests {
    static let graph = """
        <drugClass id="chemo" name="chemotherapy"/>
        <drugClass id="et" name="endocrine therapy"/>
        <drug id="pac" name="paclitaxel"><class ref="chemo"/></drug>
        <drug id="cap" name="capecitabine"><class ref="chemo"/></drug>
        <drug id="let" name="letrozole"><class ref="et"/></drug>
        <biomarker id="hr" name="HR"/>
        <disease id="hrpos" name="HR-positive disease"><requiresBiomarker ref="hr" status="positive"/></disease>
        <finding id="pre" name="premenopausal" kind="menopause"/>
        <finding id="post" name="postmenopausal" kind="menopause"/>
        <finding id="vc" name="visceral crisis"/>
        """

    func check(_ e: Eligibility, _ therapies: [PatientProfile.Therapy], biomarkers: [(String, BiomarkerStatus)] = [("HR", .positive)],
               menopausal: String? = nil) throws -> EligibilityCheck.Result {
        let k = try TinyKnowledge.load(Self.graph)
        let ctx = try TinyKnowledge.context(k, TinyKnowledge.patient(biomarkers: biomarkers, therapies: therapies, menopausal: menopausal))
        return EligibilityCheck(knowledge: k, patient: ctx.patient).check(e)
    }

    let twoChemo = [
        PatientProfile.Therapy(drugs: ["letrozole"], setting: "metastatic", line: 1, outcome: "progression"),
        PatientProfile.Therapy(drugs: ["paclitaxel"], setting: "metastatic", line: 2, outcome: "progression"),
        PatientProfile.Therapy(drugs: ["capecitabine"], setting: "metastatic", line: 3, outcome: "progression"),
    ]

    @Test func priorChemotherapyCount() throws {
        var e = Eligibility()
        e.priorTherapies = [PriorTherapyFact(therapy: "chemo", requirement: .required, setting: .metastatic, minCount: 2)]
        #expect(try check(e, twoChemo).isMet)
        let one = try check(e, Array(twoChemo.prefix(2)))
        #expect(one.failed.first?.kind == .priorTherapy)
        #expect(one.text.contains("≥ 2") && one.text.contains("this patient: 1"))
    }

    @Test func excludedPriorTherapy() throws {
        var e = Eligibility()
        e.priorTherapies = [PriorTherapyFact(therapy: "chemo", requirement: .excluded, setting: .metastatic)]
        #expect(try check(e, Array(twoChemo.prefix(1))).isMet)
        #expect(try check(e, twoChemo).failed.first?.kind == .priorTherapy)
    }

    @Test func lineRange() throws {
        var e = Eligibility()
        e.minLine = 1
        e.maxLine = 1
        #expect(try check(e, []).isMet)
        let r = try check(e, twoChemo)
        #expect(r.failed.first?.kind == .line && r.text.contains("line 4"))
    }

    @Test func subtypeFromTheDiseaseDefinition() throws {
        var e = Eligibility()
        e.diseases = ["hrpos"]
        #expect(try check(e, []).isMet)
        #expect(try check(e, [], biomarkers: [("HR", .negative)]).failed.first?.kind == .disease)
        #expect(try check(e, [], biomarkers: []).open.first?.kind == .disease, "untested HR: open, not failed")
    }

    @Test func findingsOfAKindAreOpenUntilEstablishedPlainFindingsAreAbsent() throws {
        var e = Eligibility()
        e.requiredFindings = [FindingCondition(finding: "post")]
        #expect(try check(e, [], menopausal: "postmenopausal").isMet)
        #expect(try check(e, [], menopausal: "premenopausal").failed.first?.kind == .finding)
        #expect(try check(e, []).open.first?.kind == .finding, "menopausal status not stated: open")
        e.requiredFindings = [FindingCondition(finding: "vc")]
        #expect(try check(e, []).failed.first?.kind == .finding, "a plain finding not stated is absent")
    }
}
