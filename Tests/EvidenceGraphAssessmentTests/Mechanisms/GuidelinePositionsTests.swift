import Foundation
import Testing
@testable import EvidenceGraphAssessment

/// An endorsement applies only when all its eligibility criteria hold; otherwise the option
/// takes the most favourable verdict among the endorsements, naming the failed criterion.
@Suite struct GuidelinePositionsTests {
    static let graph = """
        <drugClass id="chemo" name="chemotherapy"/>
        <drug id="sg" name="sg"/>
        <drug id="pac" name="paclitaxel"><class ref="chemo"/></drug>
        <regimen id="r" name="sg"><component ref="sg"/></regimen>
        <biomarker id="m" name="M"/>
        <finding id="vc" name="visceral crisis"/>
        <guideline id="g" issuer="G">
          <recommendation id="after-chemo" regimen="r" minLine="2">
            <priorTherapy ref="chemo" requirement="required" setting="metastatic" minCount="1"/>
          </recommendation>
        </guideline>
        <guideline id="h" issuer="H">
          <recommendation id="marker" regimen="r"><requiresBiomarker ref="m" status="mutated"/></recommendation>
        </guideline>
        <guideline id="i" issuer="I">
          <recommendation id="no-crisis" regimen="r"><excludedBy ref="vc"/></recommendation>
        </guideline>
        """

    func draft(therapies: [PatientProfile.Therapy] = [], biomarkers: [(String, BiomarkerStatus)] = [], findings: [String: Bool] = [:]) throws -> OptionDraft {
        let k = try TinyKnowledge.load(Self.graph)
        var d = OptionDraft(drugs: ["sg"], regimen: "r", name: "sg", categories: [])
        GuidelinePositions().apply(to: &d, in: try TinyKnowledge.context(k, TinyKnowledge.patient(biomarkers: biomarkers, therapies: therapies, findings: findings)))
        return d
    }

    @Test func applicableEndorsementsAreCounted() throws {
        let d = try draft(biomarkers: [("M", .wildType)])
        #expect(d.applicable.map(\.id) == ["no-crisis"])
        #expect(d.positions.first { $0.issuer == "I" }?.stance == .endorsed)
        #expect(d.positions.first { $0.issuer == "G" }?.text.contains("after") == true)
    }

    @Test func theMostFavourableInapplicableEndorsementGivesTheVerdict() throws {
        let crisis = try draft(biomarkers: [("M", .wildType)], findings: ["visceral crisis": true])
        #expect(crisis.verdict == .notPreferred, "excluded by a finding: not preferred")
        #expect(crisis.blockers.first?.1.text.contains("excluded by visceral crisis") == true)
        let open = try draft()
        #expect(open.isIndicated, "without the crisis the third endorsement applies")
    }

    @Test func onlyAnUntestedMarkerLeftNeedsTesting() throws {
        let k = try TinyKnowledge.load(Self.graph.replacingOccurrences(of: "<excludedBy ref=\"vc\"/>", with: "<requiresBiomarker ref=\"m\" status=\"mutated\"/>"))
        var d = OptionDraft(drugs: ["sg"], regimen: "r", name: "sg", categories: [])
        GuidelinePositions().apply(to: &d, in: try TinyKnowledge.context(k, TinyKnowledge.patient()))
        #expect(d.verdict == .needsTesting)
        #expect(d.tests.contains { $0.biomarker == "m" })
    }

    @Test func failedCriteriaAreNamed() throws {
        let d = try draft(biomarkers: [("M", .wildType)], findings: ["visceral crisis": true])
        let text = d.blockers.map(\.1.text).joined()
        #expect(text.contains("chemotherapy") && text.contains("line 2 or later"))
    }
}
