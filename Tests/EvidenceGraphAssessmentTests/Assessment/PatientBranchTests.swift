import EvidenceGraph
import Foundation
import Testing

/// Six more patients, each a branch of the guidelines; each patient file's header comment
/// names the trial and guideline text it follows.
@Suite struct PatientBranchTests {
    /// OlympiAD / ASCO (asco-olaparib): PARP inhibitors for germline BRCA1/2 carriers.
    @Test func germlineBRCACarrierMayReceiveAPARPInhibitor() throws {
        let a = try AssessmentFixtures.assess("gbrca-carrier", options: ["olaparib", "talazoparib", "everolimus+exemestane"])
        for drug in ["olaparib", "talazoparib"] {
            let o = try a.option(drug)
            #expect([.preferred, .option].contains(o.verdict), "\(drug): \(o.verdict) \(o.allText)")
        }
        #expect(try a.option("olaparib").guidelines.first { $0.issuer == "ASCO" }?.stance == .endorsed)
    }

    /// SOLAR-1 / ASCO (asco-alpelisib-fulvestrant, asco-capivasertib-fulvestrant).
    @Test func pik3caMutatedTumourOpensAlpelisibAndCapivasertib() throws {
        let a = try AssessmentFixtures.assess("pik3ca-mutated", options: ["alpelisib+fulvestrant", "capivasertib+fulvestrant"])
        for o in a.options { #expect([.preferred, .option].contains(o.verdict), "\(o.name): \(o.allText)") }
        // Alpelisib's hyperglycaemia is a caution for this diabetic patient.
        #expect(try a.option("alpelisib", "fulvestrant").cautions.contains { $0.cites.contains("hyperglycaemia") })
        // The same drugs for the wild-type founding case are not indicated.
        let wildType = try AssessmentFixtures.assess("founding-case", options: ["alpelisib+fulvestrant"])
        #expect(try wildType.option("alpelisib", "fulvestrant").verdict == .notIndicated)
    }

    /// EMERALD / ASCO 2024 (asco-elacestrant): elacestrant for ESR1-mutated disease.
    @Test func esr1MutationMakesElacestrantAnOption() throws {
        let o = try AssessmentFixtures.assess("esr1-mutated", options: ["elacestrant"]).option("elacestrant")
        #expect([.preferred, .option].contains(o.verdict), "\(o.allText)")
        #expect(o.allCites.contains("emerald"))
        // Untested ESR1 (the founding case) means testing, naming the test.
        let untested = try AssessmentFixtures.assess("founding-case", options: ["elacestrant"]).option("elacestrant")
        #expect(untested.verdict == .needsTesting)
        #expect(untested.reasons.first?.text.contains("ESR1") == true)
    }

    /// ABC 5 / ESMO principle "endocrine-based therapy first unless visceral crisis": in
    /// visceral crisis chemotherapy is preferred and the everolimus recommendations (which
    /// exclude visceral crisis) do not apply.
    @Test func visceralCrisisPutsChemotherapyFirst() throws {
        let a = try AssessmentFixtures.assess("visceral-crisis", options: ["everolimus+exemestane", "paclitaxel", "docetaxel"])
        #expect(try a.option("paclitaxel").verdict == .preferred)
        #expect(try a.option("docetaxel").verdict == .preferred)
        let eve = try a.option("everolimus", "exemestane")
        #expect(eve.rank > (try a.option("paclitaxel")).rank)
        #expect(eve.guidelines.first { $0.issuer == "ESMO" }?.stance == .endorsedNotApplicable)
        #expect(eve.guidelines.first { $0.issuer == "ESMO" }?.text.contains("visceral crisis") == true)
    }

    /// DESTINY-Breast04: trastuzumab deruxtecan for HER2-low MBC after chemotherapy; the
    /// same drug is not indicated for a HER2-0 (negative) tumour, and drugs the disease
    /// progressed on are not indicated.
    @Test func her2LowAfterChemotherapyOpensTrastuzumabDeruxtecan() throws {
        let a = try AssessmentFixtures.assess("her2-low-after-chemo", options: ["trastuzumab deruxtecan", "everolimus+exemestane"])
        let tdxd = try a.option("trastuzumab-deruxtecan")
        #expect([.preferred, .option].contains(tdxd.verdict), "\(tdxd.allText)")
        #expect(tdxd.allCites.contains("destiny-breast04"))
        #expect(try a.option("everolimus", "exemestane").verdict == .notIndicated, "already progressed on it")
        // HER2 "negative" without an IHC score may be HER2-low: the test to order, not a verdict.
        let untested = try AssessmentFixtures.assess("founding-case", options: ["trastuzumab deruxtecan"])
        #expect(try untested.option("trastuzumab-deruxtecan").verdict == .needsTesting)
        #expect(untested.tests.contains { $0.test.contains("HER2 immunohistochemistry") && $0.decides.contains("trastuzumab deruxtecan") })
        // IHC 0 may still be ultralow (DESTINY-Breast06): re-review, not a verdict either.
        let zero = try AssessmentFixtures.assess("akt1-mutated", options: ["trastuzumab deruxtecan"])
        #expect(try zero.option("trastuzumab-deruxtecan").verdict == .needsTesting)
        #expect(zero.tests.contains { $0.test.contains("ultralow") })
    }

    /// ASCO: test PIK3CA before alpelisib; an absent biomarker counts as unknown.
    @Test func unknownPIK3CAStatusNeedsTesting() throws {
        let o = try AssessmentFixtures.assess("pik3ca-unknown", options: ["alpelisib+fulvestrant"]).option("alpelisib", "fulvestrant")
        #expect(o.verdict == .needsTesting)
        let text = try #require(o.reasons.first?.text)
        #expect(text.contains("PIK3CA") && (text.contains("tumor") || text.contains("ctDNA")), "names the test: \(text)")
    }
}

/// The answers come from Graph/ data: adding a trial changes them with no Swift change.
@Suite struct DataDrivenTests {
    @Test func aTrialCoveringPriorAbemaciclibClosesTheEvidenceGap() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("evg-kb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let extra = dir.appendingPathComponent("hypothetical-trial.xml")
        try """
            <?xml version="1.0" encoding="UTF-8"?>
            <evidence xmlns="urn:evidencegraph:evidence:1" version="1">
              <trial id="test-ribo-after-abema" name="TEST-RIBO" nct="NCT99999999" phase="2" source="test-fixture">
                <population id="test-ribo-pop" name="after any CDK4/6 inhibitor">
                  <priorTherapy ref="abemaciclib" requirement="reported" sharePercent="40" />
                  <priorTherapy ref="palbociclib" requirement="reported" sharePercent="60" />
                </population>
                <arm id="test-ribo-arm" name="ribociclib + fulvestrant" regimen="ribociclib-fulvestrant" role="experimental" />
              </trial>
            </evidence>
            """.write(to: extra, atomically: true, encoding: .utf8)
        let graph = try GraphLoader().load([AssessmentFixtures.root.appendingPathComponent("Graph").path, extra.path]).graph
        let knowledge = try ClinicalKnowledge(graph: graph)
        let o = try AssessmentFixtures.assess("founding-case", options: ["ribociclib+fulvestrant"], knowledge: knowledge)
            .option("ribociclib", "fulvestrant")
        #expect(o.verdict != .evidenceGap, "\(o.allText)")
        #expect(o.allCites.contains("test-ribo-after-abema"))
    }
}
