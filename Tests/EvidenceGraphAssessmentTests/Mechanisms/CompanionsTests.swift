import Testing
@testable import EvidenceGraphAssessment

/// Companion drugs are data on the class: named for a premenopausal woman and a man, not for
/// a postmenopausal woman, and asked about (menopausal status) when it is not established.
@Suite struct CompanionsTests {
    static let graph = """
        <drugClass id="ofs" name="GnRH agonist"/>
        <drug id="gos" name="goserelin"><class ref="ofs"/></drug>
        <drugClass id="ai" name="aromatase inhibitor"><requiresCompanion ref="ofs" when="pre male" source="PMID:1"/></drugClass>
        <drug id="let" name="letrozole"><class ref="ai"/></drug>
        <regimen id="r" name="letrozole"><component ref="let"/></regimen>
        <regimen id="r2" name="letrozole + goserelin"><component ref="let"/><component ref="gos"/></regimen>
        <finding id="pre" name="premenopausal" kind="menopause"/>
        <finding id="post" name="postmenopausal" kind="menopause"/>
        <finding id="male" name="male" kind="sex"/>
        <finding id="female" name="female" kind="sex"/>
        """

    func draft(_ drugs: [String], sex: String? = nil, menopausal: String? = nil) throws -> OptionDraft {
        let k = try TinyKnowledge.load(Self.graph)
        var d = OptionDraft(drugs: drugs, regimen: nil, name: drugs.joined(separator: "+"), categories: [])
        Companions().apply(to: &d, in: try TinyKnowledge.context(k, TinyKnowledge.patient(sex: sex, menopausal: menopausal)))
        return d
    }

    @Test func premenopausalWomanNeedsTheCompanion() throws {
        let d = try draft(["let"], sex: "female", menopausal: "premenopausal")
        #expect(d.companions.map(\.id) == ["ofs"])
        #expect(d.reasons.contains { $0.text.contains("PMID:1") })
    }

    @Test func manNeedsItWithoutAMenopausalQuestion() throws {
        let d = try draft(["let"], sex: "male")
        #expect(d.companions.map(\.id) == ["ofs"])
    }

    @Test func postmenopausalWomanDoesNot() throws {
        #expect(try draft(["let"], sex: "female", menopausal: "postmenopausal").companions.isEmpty)
    }

    @Test func anOptionThatContainsItIsComplete() throws {
        #expect(try draft(["gos", "let"], sex: "female", menopausal: "premenopausal").companions.isEmpty)
    }

    @Test func unknownMenopausalStatusIsATestToOrder() throws {
        let d = try draft(["let"], sex: "female")
        #expect(d.companions.isEmpty)
        #expect(d.tests.contains { $0.test.hasPrefix("menopause") })
    }
}
