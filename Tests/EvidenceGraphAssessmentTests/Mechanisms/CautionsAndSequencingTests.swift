import Testing
@testable import EvidenceGraphAssessment

/// Toxicity cautions (from the drug or its class), sequencing principles (prefer / over /
/// unless / when / for a disease) and diverging endorsements, on a graph of a few nodes.
@Suite struct CautionsAndSequencingTests {
    static let graph = """
        <comorbidity id="dm" name="diabetes"/>
        <toxicity id="hyper" name="hyperglycaemia"><caution ref="dm" severity="major"/></toxicity>
        <drugClass id="mtor" name="mTOR inhibitor"><caution ref="dm" severity="moderate" note="class note"/></drugClass>
        <drug id="eve" name="everolimus"><class ref="mtor"/><causes ref="hyper" incidencePercent="13"/></drug>
        <drug id="exe" name="exemestane"/>
        <drug id="ful" name="fulvestrant"/>
        <drug id="pac" name="paclitaxel"/>
        <regimenCategory id="endo"/>
        <regimenCategory id="chemo"/>
        <regimen id="ee" name="everolimus + exemestane"><category ref="endo"/><component ref="eve"/><component ref="exe"/></regimen>
        <regimen id="ef" name="everolimus + fulvestrant"><category ref="endo"/><component ref="eve"/><component ref="ful"/></regimen>
        <regimen id="p" name="paclitaxel"><category ref="chemo"/><component ref="pac"/></regimen>
        <finding id="vc" name="visceral crisis"/>
        <biomarker id="hr" name="HR"/>
        <disease id="hrpos" name="HR+"><requiresBiomarker ref="hr" status="positive"/></disease>
        <guideline id="a" issuer="A"><recommendation id="a-ee" regimen="ee"/><recommendation id="a-ef" regimen="ef"/><recommendation id="a-p" regimen="p"/></guideline>
        <guideline id="b" issuer="B"><recommendation id="b-ee" regimen="ee"/><recommendation id="b-ef" regimen="ef"/></guideline>
        <guideline id="c" issuer="C"><recommendation id="c-ee" regimen="ee"/></guideline>
        <principle id="endo-first" kind="sequencing" name="endocrine first">
          <prefer ref="endo"/><over ref="chemo"/><unless ref="vc"/><appliesTo ref="hrpos"/>
        </principle>
        """

    @Test func toxicityAndClassCautionsCount() throws {
        let k = try TinyKnowledge.load(Self.graph)
        let d = try TinyKnowledge.draft(["eve", "exe"], k, TinyKnowledge.patient(comorbidities: ["diabetes"]))
        #expect(d.comorbidityCautions == 2)
        #expect(d.cautions.contains { $0.text.contains("major caution") && $0.text.contains("13%") })
        #expect(d.cautions.contains { $0.text.contains("class note") })
    }

    func verdicts(biomarkers: [(String, BiomarkerStatus)], findings: [String: Bool] = [:]) throws -> [String: Verdict] {
        let k = try TinyKnowledge.load(Self.graph)
        let ctx = try TinyKnowledge.context(k, TinyKnowledge.patient(biomarkers: biomarkers, findings: findings))
        var drafts = [["eve", "exe"], ["eve", "ful"], ["pac"]].map { OptionEvaluator(context: ctx).draft(for: $0.sorted()) }
        SequencingPrinciples(context: ctx).apply(to: &drafts)
        return Dictionary(uniqueKeysWithValues: drafts.map { ($0.name, $0.verdict) })
    }

    @Test func endocrineFirstForHRPositiveUnlessVisceralCrisis() throws {
        #expect(try verdicts(biomarkers: [("HR", .positive)])["paclitaxel"] == .notPreferred)
        #expect(try verdicts(biomarkers: [("HR", .positive)], findings: ["visceral crisis": true])["paclitaxel"] == .option)
        #expect(try verdicts(biomarkers: [("HR", .negative)])["paclitaxel"] == .option, "the principle applies to its disease only")
    }

    @Test func aGuidelineEndorsingADrugInFewerRegimensIsNoted() throws {
        let k = try TinyKnowledge.load(Self.graph)
        let d = try TinyKnowledge.draft(["eve", "exe"], k, TinyKnowledge.patient(biomarkers: [("HR", .positive)]))
        #expect(d.reasons.contains { $0.text.hasPrefix("C endorses everolimus only as everolimus + exemestane") })
    }
}
