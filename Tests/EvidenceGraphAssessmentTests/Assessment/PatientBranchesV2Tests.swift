import EvidenceGraph
import Testing

/// The decision model v2 on the example patients in `Queries/patients/`, each traced in its
/// file's header comment to the guideline text it follows.
@Suite struct PatientBranchesV2Tests {
    func rank(_ a: Assessment, _ drugs: String...) throws -> Int { try a.option(drugs).rank }

    /// ASCO 2024 (1.1): capivasertib + fulvestrant for AKT1-mutated disease after a CDK4/6 inhibitor.
    @Test func akt1MutationPutsCapivasertibFirst() throws {
        let a = try AssessmentFixtures.assess("akt1-mutated")
        let capi = try a.option("capivasertib", "fulvestrant")
        #expect(capi.verdict == .preferred, "\(capi.allText)")
        #expect(capi.rank < (try a.option("everolimus", "exemestane")).rank)
        #expect(capi.allCites.contains("capitello-291"))
        #expect(try a.option("everolimus", "exemestane").verdict != .preferred)
    }

    /// PTEN loss satisfies "AKT-pathway altered" through the graph's status rule.
    @Test func ptenLossReachesCapivasertib() throws {
        let a = try AssessmentFixtures.assess("pten-loss")
        #expect(try a.option("capivasertib", "fulvestrant").verdict == .preferred)
        #expect(a.derived.biomarkers["PTEN"] == "loss")
    }

    /// PIK3CA + ESR1 with diabetes: the biomarker-matched options come before everolimus,
    /// whose hyperglycaemia is a caution for her diabetes; alpelisib carries its caution too.
    @Test func pik3caAndEsr1WithDiabetes() throws {
        let a = try AssessmentFixtures.assess("pik3ca-esr1-diabetes")
        let eve = try a.option("everolimus", "exemestane")
        for o in [try a.option("elacestrant"), try a.option("capivasertib", "fulvestrant"), try a.option("alpelisib", "fulvestrant")] {
            #expect([.preferred, .option].contains(o.verdict), "\(o.name): \(o.allText)")
            #expect(o.rank < eve.rank, "\(o.name) before everolimus + exemestane")
        }
        #expect(eve.cautions.contains { $0.cites.contains("type-2-diabetes") })
        #expect(try a.option("alpelisib", "fulvestrant").cautions.contains { $0.cites.contains("type-2-diabetes") })
    }

    /// ESMO [I, A; MCBS 4; ESCAT I-A]: a PARP inhibitor for a germline BRCA2 carrier, first.
    @Test func germlineBRCA2GetsAPARPInhibitorFirst() throws {
        let a = try AssessmentFixtures.assess("gbrca2-after-cdk")
        let first = try #require(a.options.first)
        #expect(Set([["olaparib"], ["talazoparib"]]).contains(first.drugs) && first.verdict == .preferred)
        #expect(try rank(a, "olaparib") < rank(a, "everolimus", "exemestane"))
        #expect(try rank(a, "talazoparib") < rank(a, "everolimus", "exemestane"))
    }

    /// Germline PALB2: olaparib's indication needs gBRCA; TBCRC 048 (phase 2) is named.
    @Test func germlinePALB2() throws {
        let o = try AssessmentFixtures.assess("gpalb2", options: ["olaparib"]).option("olaparib")
        #expect(o.verdict == .notIndicated)
        #expect(o.allCites.contains("tbcrc-048"))
        #expect(o.reasons.first?.text.contains("germline BRCA1 or BRCA2") == true)
    }

    /// ABC 5: ovarian function suppression with endocrine therapy before menopause.
    @Test func premenopausalWomanGetsOvarianSuppressionNamed() throws {
        let a = try AssessmentFixtures.assess("premenopausal-first-line")
        let pl = try a.option("letrozole", "palbociclib")
        #expect([.preferred, .option].contains(pl.verdict))
        #expect(pl.companions.map(\.id) == ["gnrh-agonist"])
        #expect(try a.option("fulvestrant", "ribociclib").companions.map(\.id) == ["gnrh-agonist"])
        #expect(!a.tests.contains { $0.test.hasPrefix("menopausal") }, "stated: not asked")
        // ASCO's first-line CDK4/6 + AI statement is for postmenopausal women.
        let asco = pl.guidelines.first { $0.issuer == "ASCO" }
        #expect(asco?.stance != .endorsed)
    }

    /// ABC 5: men receive an aromatase inhibitor with an LHRH agonist; no menopausal question.
    @Test func manGetsAGnRHAnalogueWithAnAromataseInhibitor() throws {
        let a = try AssessmentFixtures.assess("male-first-line")
        #expect(try a.option("letrozole", "ribociclib").companions.map(\.id) == ["gnrh-agonist"])
        #expect(try a.option("fulvestrant", "ribociclib").companions.isEmpty, "fulvestrant's companion is for pre/perimenopausal women")
        #expect(!a.tests.contains { $0.test.contains("menopaus") })
        #expect(a.derived.findings.contains("male"))
    }

    /// ABC definition: progression within 6 months of first-line ET is primary resistance, and
    /// chemotherapy is then no longer deferred behind endocrine options.
    @Test func primaryEndocrineResistanceIsDerivedAndLiftsTheEndocrineFirstDeferral() throws {
        let a = try AssessmentFixtures.assess("primary-endocrine-resistance")
        #expect(a.derived.derivedFindings["primary-endocrine-resistance"] == "abc-primary-resistance-first-line")
        for chemo in ["paclitaxel", "docetaxel", "capecitabine"] {
            let o = try a.option(chemo)
            #expect(o.verdict == .option, "\(chemo): \(o.allText)")
        }
        // The founding case (24 months on first-line ET) is secondary resistance: chemotherapy waits.
        let founding = try AssessmentFixtures.assess("founding-case")
        #expect(founding.derived.derivedFindings["secondary-endocrine-resistance"] != nil)
        #expect(try founding.option("paclitaxel").verdict == .notPreferred)
    }

    /// TROPiCS-02 / ASCO: sacituzumab govitecan after ≥ 2 chemotherapy lines — not before.
    @Test func priorEverolimusAndNoChemotherapy() throws {
        let a = try AssessmentFixtures.assess("prior-everolimus-no-chemo")
        let sg = try a.option("sacituzumab-govitecan")
        #expect(sg.verdict == .notIndicated)
        #expect(sg.reasons.first?.text.contains("cytotoxic chemotherapy") == true)
        #expect(try a.option("everolimus", "exemestane").verdict == .notIndicated)
        #expect(a.options.first.map { [.preferred].contains($0.verdict) } == true)
        #expect(a.derived.priorMetastaticLines == 2 && a.derived.currentLine == 3)
    }

    /// Doxorubicin label: severe myocardial insufficiency is a contraindication; in visceral
    /// crisis a taxane comes first.
    @Test func heartFailureInVisceralCrisis() throws {
        let a = try AssessmentFixtures.assess("heart-failure-visceral-crisis")
        let dox = try a.option("doxorubicin")
        #expect(dox.verdict == .contraindicated)
        #expect(dox.reasons.first?.cites.contains("heart-failure") == true)
        #expect(try a.option("paclitaxel").verdict == .preferred)
        #expect(try a.option("everolimus", "exemestane").verdict == .notPreferred)
    }

    /// DESTINY-Breast06: trastuzumab deruxtecan for chemotherapy-naive HER2-low and -ultralow
    /// disease ranks above every chemotherapy; sacituzumab govitecan is not indicated yet.
    @Test(arguments: ["her2-low-chemo-naive", "her2-ultralow-chemo-naive"])
    func her2LowAndUltralowBeforeChemotherapy(_ patient: String) throws {
        let a = try AssessmentFixtures.assess(patient)
        let tdxd = try a.option("trastuzumab-deruxtecan")
        #expect([.preferred, .option, .notPreferred].contains(tdxd.verdict), "\(tdxd.allText)")
        #expect(tdxd.allCites.contains("destiny-breast06"))
        for chemo in ["paclitaxel", "docetaxel", "doxorubicin", "capecitabine", "eribulin"] {
            #expect(tdxd.rank < (try a.option(chemo)).rank, "T-DXd before \(chemo)")
        }
        #expect(try a.option("sacituzumab-govitecan").verdict == .notIndicated)
    }

    /// Steroid-treated ILD: the sources give a major caution for trastuzumab deruxtecan (the
    /// SmPC's only contraindication is hypersensitivity) and DESTINY-Breast04 excluded it.
    @Test func her2LowWithPriorILD() throws {
        let o = try AssessmentFixtures.assess("her2-low-prior-ild", options: ["trastuzumab deruxtecan"]).option("trastuzumab-deruxtecan")
        #expect(o.verdict != .contraindicated)
        #expect(o.cautions.contains { $0.text.contains("major caution") && $0.cites.contains("interstitial-lung-disease-history") })
        #expect(o.cautions.contains { $0.cites.contains("destiny-breast04") })
    }

    /// Neuropathy after a taxane: paclitaxel not again, eribulin carries a neuropathy caution,
    /// capecitabine ranks above it.
    @Test func neuropathyAfterTaxane() throws {
        let a = try AssessmentFixtures.assess("neuropathy-after-taxane")
        #expect(try a.option("paclitaxel").verdict == .notIndicated)
        let eribulin = try a.option("eribulin")
        #expect(eribulin.cautions.contains { $0.cites.contains("peripheral-neuropathy") })
        #expect(try rank(a, "capecitabine") < eribulin.rank)
    }

    /// KEYNOTE-355 / ASCO: pembrolizumab with chemotherapy for PD-L1 CPS ≥ 10 TNBC; HR+/HER2-
    /// regimens are not for her.
    @Test func tripleNegativePDL1Positive() throws {
        let a = try AssessmentFixtures.assess("tnbc-pdl1-positive")
        let pembro = try a.option("paclitaxel", "pembrolizumab")
        #expect([.preferred, .option].contains(pembro.verdict))
        #expect(pembro.allCites.contains("keynote-355"))
        let eve = try a.option("everolimus", "exemestane")
        #expect(eve.verdict == .notIndicated)
        #expect(eve.reasons.first?.text.contains("HR") == true)
        #expect(a.derived.biomarkers["HR"] == "negative", "HR derived from ER and PR")
    }

    /// ASCO 2022: trastuzumab deruxtecan in second line for HER2-positive disease.
    @Test func her2PositiveSecondLine() throws {
        let a = try AssessmentFixtures.assess("her2-positive-second-line")
        let first = try #require(a.options.first)
        #expect(first.drugs == ["trastuzumab-deruxtecan"] && first.verdict == .preferred)
        #expect(try a.option("everolimus", "exemestane").verdict == .notIndicated)
    }

    /// Every verdict names its reason; every non-silent guideline position cites recommendations.
    @Test(arguments: ["akt1-mutated", "tnbc-pdl1-positive", "her2-positive-second-line", "premenopausal-first-line"])
    func everyVerdictHasAReason(_ patient: String) throws {
        for o in try AssessmentFixtures.assess(patient).options {
            #expect(!o.reasons.isEmpty, "\(o.name)")
            for g in o.guidelines where g.stance != .silent { #expect(!g.cites.isEmpty) }
        }
    }
}

extension Assessment {
    func option(_ drugs: [String]) throws -> OptionAssessment {
        let wanted = drugs.sorted()
        return try #require(options.first { $0.drugs == wanted }, "no option \(wanted)")
    }
}
