import Testing
@testable import EvidenceGraphAssessment

/// The trial-reading mechanisms on a graph of a few nodes: a trial supports an option only
/// when a population fits; otherwise "population differs"; re-challenge, class re-use and
/// exclusions are judged from the populations; no evidence at all is a gap.
@Suite struct TrialMechanismsTests {
    static let graph = """
        <drugClass id="cdk" name="CDK4/6 inhibitor"/>
        <drugClass id="chemo" name="chemotherapy"/>
        <drug id="palbo" name="palbociclib"><class ref="cdk"/></drug>
        <drug id="abema" name="abemaciclib"><class ref="cdk"/></drug>
        <drug id="ribo" name="ribociclib"><class ref="cdk"/></drug>
        <drug id="pac" name="paclitaxel"><class ref="chemo"/></drug>
        <drug id="new" name="newdrug"/>
        <finding id="ild" name="interstitial lung disease"/>
        <regimen id="r-ribo" name="ribociclib"><component ref="ribo"/></regimen>
        <regimen id="r-pac" name="paclitaxel"><component ref="pac"/></regimen>
        <regimen id="r-new" name="newdrug"><component ref="new"/></regimen>
        <trial id="t-ribo" nct="NCT00000010" phase="2">
          <population id="t-ribo-pop" minLine="2">
            <priorTherapy ref="cdk" requirement="required"/>
            <priorTherapy ref="palbo" requirement="reported" sharePercent="86.5"/>
            <excludesFinding ref="ild"/>
          </population>
          <arm id="t-ribo-a" regimen="r-ribo" role="experimental"/>
          <outcome id="t-ribo-pfs" endpoint="PFS" primary="true" hazardRatio="0.57" ciLow="0.39" ciHigh="0.95" p="0.006"/>
        </trial>
        <trial id="t-pac" nct="NCT00000011" phase="3">
          <population id="t-pac-pop" maxLine="1"/>
          <arm id="t-pac-a" regimen="r-pac" role="experimental"/>
          <outcome id="t-pac-orr" endpoint="ORR"/>
        </trial>
        <principle id="no-rechallenge" kind="prior-progression" name="no re-challenge"/>
        <principle id="applicability" kind="evidence-applicability" name="population must match"/>
        """

    let afterAbema = [PatientProfile.Therapy(drugs: ["abemaciclib"], setting: "metastatic", line: 1, outcome: "progression")]

    @Test func aFittingPopulationSupportsANonFittingOneDiffers() throws {
        let k = try TinyKnowledge.load(Self.graph)
        let fits = try TinyKnowledge.draft(["ribo"], k, TinyKnowledge.patient(therapies: afterAbema))
        #expect(fits.fittingTrials.map(\.id) == ["t-ribo"])
        #expect(fits.reasons.contains { $0.text.contains("p = 0.006") && $0.text.contains("primary endpoint") })
        let differs = try TinyKnowledge.draft(["pac"], k, TinyKnowledge.patient(therapies: afterAbema))
        #expect(differs.fittingTrials.isEmpty)
        #expect(differs.reasons.contains { $0.text.contains("population differs") && $0.text.contains("line") })
        #expect(differs.verdict == .evidenceGap, "trial-only evidence from a population that does not fit")
    }

    @Test func classReuseNeedsThePatientsOwnPriorDrug() throws {
        let k = try TinyKnowledge.load(Self.graph)
        let d = try TinyKnowledge.draft(["ribo"], k, TinyKnowledge.patient(therapies: afterAbema))
        #expect(d.verdict == .evidenceGap)
        #expect(d.blockers.contains { $0.1.text.contains("abemaciclib not reported") })
        let afterPalbo = [PatientProfile.Therapy(drugs: ["palbociclib"], setting: "metastatic", line: 1, outcome: "progression")]
        #expect(try TinyKnowledge.draft(["ribo"], k, TinyKnowledge.patient(therapies: afterPalbo)).isIndicated)
    }

    @Test func classReuseRuleComesFromThePrinciple() throws {
        let k = try TinyKnowledge.load(Self.graph.replacingOccurrences(of: "kind=\"evidence-applicability\"", with: "kind=\"sequencing\""))
        #expect(try TinyKnowledge.draft(["ribo"], k, TinyKnowledge.patient(therapies: afterAbema)).isIndicated)
    }

    @Test func noRechallengeUnlessAPopulationRequiredIt() throws {
        let k = try TinyKnowledge.load(Self.graph)
        let d = try TinyKnowledge.draft(["pac"], k, TinyKnowledge.patient(therapies: [
            PatientProfile.Therapy(drugs: ["paclitaxel"], setting: "metastatic", line: 1, outcome: "progression")]))
        #expect(d.blockers.contains { $0.0 == .notIndicated && $0.1.cites.contains("no-rechallenge") })
    }

    @Test func anExcludedConditionIsACaution() throws {
        let k = try TinyKnowledge.load(Self.graph)
        let d = try TinyKnowledge.draft(["ribo"], k, TinyKnowledge.patient(therapies: [
            PatientProfile.Therapy(drugs: ["palbociclib"], setting: "metastatic", line: 1, outcome: "progression")],
            findings: ["interstitial lung disease": true]))
        #expect(d.cautions.contains { $0.cites.contains("t-ribo") && $0.cites.contains("ild") })
    }

    @Test func nothingBehindAnOptionIsAGap() throws {
        let k = try TinyKnowledge.load(Self.graph)
        let d = try TinyKnowledge.draft(["new"], k, TinyKnowledge.patient())
        #expect(d.verdict == .evidenceGap)
        #expect(d.blockers.first?.1.text.contains("Nothing in the knowledge base supports") == true)
    }
}
