import EvidenceGraph
import Foundation
import Testing

/// The founding case (issue 4): HR+/HER2- MBC progressing after abemaciclib + letrozole,
/// PIK3CA wild-type, germline BRCA1/2 and PALB2 wild-type, no visceral crisis, type 2
/// diabetes and coronary artery disease; the five options of the case's question.
@Suite struct FoundingCaseTests {
    static let question = ["everolimus+exemestane", "paclitaxel", "docetaxel", "ribociclib+fulvestrant", "doxorubicin", "olaparib"]

    func assessment() throws -> Assessment {
        try AssessmentFixtures.assess("founding-case", options: Self.question)
    }

    @Test func everolimusExemestaneIsTheOnlyPreferredOption() throws {
        let a = try assessment()
        #expect(a.options.filter { $0.verdict == .preferred }.map(\.drugs) == [["everolimus", "exemestane"]])
        let best = try a.option("everolimus", "exemestane")
        #expect(best.rank == 1)
        #expect(best.allCites.contains("bolero-2"))
        #expect(best.allText.contains("NCT00863655"))
    }

    @Test func olaparibIsNotIndicatedWithoutAGermlineBRCAMutation() throws {
        let o = try assessment().option("olaparib")
        #expect(o.verdict == .notIndicated)
        #expect(o.allCites.contains("olympiad"))
        #expect(o.reasons.first?.text.contains("BRCA") == true)
    }

    @Test func ribociclibFulvestrantIsAnEvidenceGapBecauseMAINTAINHadNoPriorAbemaciclib() throws {
        let o = try assessment().option("ribociclib", "fulvestrant")
        #expect(o.verdict == .evidenceGap)
        let gap = try #require(o.reasons.first)
        #expect(gap.cites.contains("maintain"))
        #expect(gap.text.contains("abemaciclib"))
        #expect(gap.text.contains("86.5%"), "the population's prior palbociclib share is stated")
    }

    @Test func chemotherapyIsDeferredAndDoxorubicinRanksBelowTheTaxanes() throws {
        let a = try assessment()
        let paclitaxel = try a.option("paclitaxel"), docetaxel = try a.option("docetaxel"), doxorubicin = try a.option("doxorubicin")
        for o in [paclitaxel, docetaxel, doxorubicin] {
            #expect(o.verdict == .notPreferred)
            #expect(o.reasons.first?.cites.contains("endocrine-before-chemotherapy") == true)
        }
        #expect(doxorubicin.rank > paclitaxel.rank && doxorubicin.rank > docetaxel.rank)
        #expect(doxorubicin.cautions.contains { $0.cites.contains("cardiomyopathy") && $0.cites.contains("coronary-artery-disease") })
        #expect(paclitaxel.cautions.isEmpty && docetaxel.cautions.isEmpty)
    }

    @Test func everolimusCarriesAHyperglycaemiaCautionForThisDiabeticPatient() throws {
        let o = try assessment().option("everolimus", "exemestane")
        #expect(o.cautions.contains { $0.cites.contains("hyperglycaemia") && $0.cites.contains("type-2-diabetes") })
        #expect(o.cautions.contains { $0.cites.contains("bolero-2") && $0.text.contains("abemaciclib") },
                "BOLERO-2 predates CDK4/6 inhibitors: a caution, not a gap")
    }

    @Test func theRussianGuidelinesEndorseEverolimusOnlyWithExemestane() throws {
        let a = try assessment()
        let o = try a.option("everolimus", "exemestane")
        #expect(o.reasons.contains { $0.text.contains("RU-MoH endorses everolimus only as everolimus + exemestane") })
        let positions = Dictionary(uniqueKeysWithValues: o.guidelines.map { ($0.issuer, $0.stance) })
        #expect(positions["ESMO"] == .endorsed && positions["NCCN"] == .endorsed && positions["RU-MoH"] == .endorsed)
        let withFulvestrant = try AssessmentFixtures.assess("founding-case", options: ["everolimus+fulvestrant"]).option("everolimus", "fulvestrant")
        #expect(withFulvestrant.guidelines.first { $0.issuer == "RU-MoH" }?.stance == .silent)
        #expect(withFulvestrant.guidelines.first { $0.issuer == "ESMO" }?.stance == .endorsed)
    }

    @Test func guidelineFilterRestrictsPositions() throws {
        let a = try AssessmentFixtures.assess("founding-case", options: ["everolimus+exemestane"], guidelines: ["ESMO", "RU"])
        #expect(try a.option("everolimus", "exemestane").guidelines.map(\.issuer) == ["ESMO", "RU-MoH"], "RU is accepted for RU-MoH")
    }

    @Test func namesResolveThroughSynonymsBrandsAndRussian() throws {
        let a = try AssessmentFixtures.assess("founding-case", options: ["Afinitor + ЭКСЕМЕСТАН"])
        #expect(a.options.map(\.drugs) == [["everolimus", "exemestane"]])
        let cyrillicBrands = try AssessmentFixtures.assess("founding-case", options: ["Афинитор + Аромазин"])
        #expect(cyrillicBrands.options.map(\.drugs) == [["everolimus", "exemestane"]])
    }

    @Test func unknownNamesSuggestTheClosest() throws {
        #expect {
            try AssessmentFixtures.assess("founding-case", options: ["everolimsu+exemestane"])
        } throws: { error in
            guard case AssessmentError.unknownName(let kind, _, let suggestions) = error else { return false }
            return kind == "drug" && suggestions.contains("everolimus")
        }
    }
}
