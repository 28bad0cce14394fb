import Testing
@testable import EvidenceGraphAssessment

/// Severity is data: an absolute contraindication rules the option out, a relative one makes
/// it a last resort; a class-level contraindication holds for every drug of the class.
@Suite struct ContraindicationsTests {
    static let graph = """
        <drugClass id="cls"><contraindication ref="heart" severity="relative" source="PMID:1"/></drugClass>
        <drug id="a"><class ref="cls"/><contraindication ref="liver" severity="absolute" source="PMID:2" note="label 4.3"/></drug>
        <comorbidity id="heart" name="heart failure"/>
        <comorbidity id="liver" name="liver failure"/>
        <regimen id="ra"><component ref="a"/></regimen>
        """

    @Test func absoluteIsContraindicated() throws {
        let k = try TinyKnowledge.load(Self.graph)
        var d = OptionDraft(drugs: ["a"], regimen: "ra", name: "a", categories: [])
        Contraindications().apply(to: &d, in: try TinyKnowledge.context(k, TinyKnowledge.patient(comorbidities: ["liver failure"])))
        #expect(d.verdict == .contraindicated)
        #expect(d.blockers.first?.1.text.contains("label 4.3") == true)
        #expect(d.blockers.first?.1.text.contains("PMID:2") == true, "the source is named")
    }

    @Test func relativeClassContraindicationIsNotPreferred() throws {
        let k = try TinyKnowledge.load(Self.graph)
        var d = OptionDraft(drugs: ["a"], regimen: "ra", name: "a", categories: [])
        Contraindications().apply(to: &d, in: try TinyKnowledge.context(k, TinyKnowledge.patient(comorbidities: ["heart failure"])))
        #expect(d.verdict == .notPreferred)
        #expect(d.blockers.first?.1.cites.contains("cls") == true)
    }

    @Test func nothingWithoutTheCondition() throws {
        let k = try TinyKnowledge.load(Self.graph)
        var d = OptionDraft(drugs: ["a"], regimen: "ra", name: "a", categories: [])
        Contraindications().apply(to: &d, in: try TinyKnowledge.context(k, TinyKnowledge.patient()))
        #expect(d.isIndicated)
    }
}
