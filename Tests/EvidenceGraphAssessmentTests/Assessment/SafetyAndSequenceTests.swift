import EvidenceGraph
import Foundation
import Testing

/// Contraindications, trial-exclusion and comorbidity cautions, re-challenge and guideline
/// strength: each from data in Graph/, each on a patient whose header comment names its source.
@Suite struct SafetyAndSequenceTests {
    /// Xeloda US label boxed warning (complete DPD deficiency) → capecitabine contraindicated.
    @Test func capecitabineIsContraindicatedInCompleteDPDDeficiency() throws {
        let o = try AssessmentFixtures.assess("visceral-crisis-dpd-neuropathy", options: ["capecitabine", "doxorubicin"]).option("capecitabine")
        #expect(o.verdict == .contraindicated)
        let first = try #require(o.reasons.first)
        #expect(first.cites.contains("complete-dpd-deficiency") && first.cites.contains("capecitabine"))
        #expect(first.text.contains("DPD"))
        // The founding case has no DPD deficiency: capecitabine is merely deferred there.
        let founding = try AssessmentFixtures.assess("founding-case", options: ["capecitabine"]).option("capecitabine")
        #expect(founding.verdict == .notPreferred)
    }

    /// Visceral crisis (ABC 5): chemotherapy first. Among the equally endorsed single agents,
    /// those causing neuropathy (taxanes, eribulin) carry a caution for her peripheral
    /// neuropathy and rank below doxorubicin, which does not.
    @Test func neuropathyCautionRanksNeurotoxicAgentsBelowAnEqualAlternative() throws {
        let a = try AssessmentFixtures.assess("visceral-crisis-dpd-neuropathy", options: ["paclitaxel", "docetaxel", "eribulin", "doxorubicin"])
        let doxorubicin = try a.option("doxorubicin")
        #expect(doxorubicin.verdict == .preferred)
        #expect(doxorubicin.cautions.isEmpty)
        for drug in ["paclitaxel", "docetaxel", "eribulin"] {
            let o = try a.option(drug)
            #expect(o.verdict == .option, "\(drug): \(o.verdict)")
            #expect(o.rank > doxorubicin.rank)
            #expect(o.cautions.contains { $0.cites.contains("peripheral-neuropathy") && $0.cites.contains("peripheral-sensory-neuropathy") })
        }
    }

    /// SOLAR-1 excluded uncontrolled diabetes: alpelisib's evidence does not directly cover
    /// this patient (a caution); CAPItello-291 stated no such exclusion.
    @Test func trialExclusionOfThePatientsConditionIsACaution() throws {
        let a = try AssessmentFixtures.assess("pik3ca-mutated-uncontrolled-diabetes", options: ["alpelisib+fulvestrant", "capivasertib+fulvestrant"])
        let alpelisib = try a.option("alpelisib", "fulvestrant"), capivasertib = try a.option("capivasertib", "fulvestrant")
        #expect(alpelisib.cautions.contains { $0.cites.contains("solar-1") && $0.cites.contains("uncontrolled-diabetes") })
        #expect(!capivasertib.cautions.contains { $0.cites.contains("uncontrolled-diabetes") })
        for o in [alpelisib, capivasertib] { #expect([.preferred, .option].contains(o.verdict), "\(o.name): \(o.allText)") }
        // Without the finding (the PIK3CA-mutated patient) there is no exclusion caution.
        let controlled = try AssessmentFixtures.assess("pik3ca-mutated", options: ["alpelisib+fulvestrant"]).option("alpelisib", "fulvestrant")
        #expect(!controlled.cautions.contains { $0.cites.contains("uncontrolled-diabetes") })
    }

    /// principle-no-rechallenge: a drug the disease progressed on is not indicated again,
    /// also in a new combination (everolimus with fulvestrant after everolimus + exemestane).
    @Test func drugsThePatientProgressedOnAreNotIndicatedAgain() throws {
        let a = try AssessmentFixtures.assess("after-tdxd", options: ["trastuzumab deruxtecan", "everolimus+fulvestrant"])
        for o in [try a.option("trastuzumab-deruxtecan"), try a.option("everolimus", "fulvestrant")] {
            #expect(o.verdict == .notIndicated)
            #expect(o.reasons.first?.cites.contains("principle-no-rechallenge") == true)
        }
    }

    /// The re-challenge rule is data: without the principle in the graph it does not apply.
    @Test func theRechallengeRuleComesFromThePrinciple() throws {
        let graphDir = AssessmentFixtures.root.appendingPathComponent("Graph")
        let files = try FileManager.default.subpathsOfDirectory(atPath: graphDir.path)
            .filter { $0.hasSuffix(".xml") && !$0.hasPrefix("schema") && $0 != "principles.xml" }
            .map { graphDir.appendingPathComponent($0).path }
        let knowledge = try ClinicalKnowledge(graph: GraphLoader().load(files).graph)
        let o = try AssessmentFixtures.assess("after-tdxd", options: ["trastuzumab deruxtecan"], knowledge: knowledge).option("trastuzumab-deruxtecan")
        #expect(!o.reasons.contains { $0.cites.contains("principle-no-rechallenge") })
        #expect(o.verdict != .notIndicated, "\(o.allText)")
    }

    /// ESMO (Gennari 2021, as quoted in PMC9663524 Table 1): PARP inhibitor for germline
    /// BRCA1/2 carriers [I, A; ESMO-MCBS v1.1 score: 4; ESCAT score: I-A].
    @Test func esmoPositionCarriesItsOwnStrength() throws {
        let a = try AssessmentFixtures.assess("gbrca-carrier", options: ["olaparib", "talazoparib"])
        for drug in ["olaparib", "talazoparib"] {
            let esmo = try #require(try a.option(drug).guidelines.first { $0.issuer == "ESMO" })
            #expect(esmo.stance == .endorsed)
            #expect(esmo.text.contains("ESMO-LoE I") && esmo.text.contains("ESMO-GoR A") && esmo.text.contains("ESMO-MCBS 4") && esmo.text.contains("ESCAT I-A"))
        }
        // Without a germline mutation the same ESMO recommendation does not apply.
        let founding = try AssessmentFixtures.assess("founding-case", options: ["olaparib"]).option("olaparib")
        #expect(founding.guidelines.first { $0.issuer == "ESMO" }?.stance == .endorsedNotApplicable)
    }
}

/// INNs may contain spaces ("trastuzumab deruxtecan"): they resolve in `--option` and in a
/// patient's therapy list, and the JSON names drugs by the INN as written.
@Suite struct MultiWordINNTests {
    @Test func optionsAndTherapiesResolveINNsWithSpaces() throws {
        let knowledge = try AssessmentFixtures.knowledge.get()
        let resolver = PatientResolver(knowledge: knowledge)
        for name in ["trastuzumab deruxtecan", "Trastuzumab Deruxtecan", "trastuzumab-deruxtecan", "T-DXd", "Enhertu"] {
            #expect(try resolver.combination(name) == ["trastuzumab-deruxtecan"], "\(name)")
        }
        #expect(try resolver.combination(" sacituzumab govitecan + trastuzumab deruxtecan ") == ["sacituzumab-govitecan", "trastuzumab-deruxtecan"])
        let patient = try resolver.resolve(PatientFile.read(AssessmentFixtures.patientPath("after-tdxd")))
        #expect(patient.progressedDrugs.contains("trastuzumab-deruxtecan"))
    }
}
