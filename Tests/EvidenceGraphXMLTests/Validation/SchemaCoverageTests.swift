import Testing
import EvidenceGraphCore
@testable import EvidenceGraphXML

/// A fixture using every schema element must produce every label and relationship type of
/// the mapping table, validate cleanly, and type its properties as documented.
@Suite struct SchemaCoverageTests {
    @Test func everyElementMapsAndValidates() throws {
        let loaded = try GraphLoader().load(Paths.fixture("good/every-element.xml"))
        let findings = GraphValidator().validate(loaded)
        #expect(findings.isEmpty, "\(findings.map(\.description))")
        let g = loaded.graph
        #expect(Set(g.labelNames) == Set(EvidenceModel.entities.map(\.label)))
        #expect(Set(g.relationshipTypeNames) == Set(EvidenceModel.relationshipEndpoints.keys))
    }

    @Test func propertiesAreTypedAsDocumented() throws {
        let g = try GraphLoader().load(Paths.fixture("good/every-element.xml")).graph
        let pop = try #require(g.node(withID: "tr-itt"))
        #expect(g.property("n", of: pop) == .int(10))
        #expect(g.property("medianAgeYears", of: pop) == .float(62))
        let site = try #require(g.node(withID: "s-lung"))
        #expect(g.property("visceral", of: site) == .bool(true))
        let biomarker = try #require(g.node(withID: "b-pik3ca"))
        #expect(g.property("statuses", of: biomarker) == .list([.string("mutated"), .string("wild-type"), .string("unknown")]))
        let rec = try #require(g.node(withID: "g-r"))
        #expect(g.property("scores", of: rec) == .list([.string("ESMO-MCBS:3"), .string("ESCAT:IA")]))
        #expect(g.property("statement", of: rec) == .string("Recommended."))
        let outcome = try #require(g.node(withID: "tr-pfs"))
        #expect(g.property("p", of: outcome) == .string("<0.001"))
        #expect(g.property("population", of: outcome) == nil, "reference attributes are relationships, not properties")
        let forArm = try #require(g.relationshipType(named: "FOR_ARM"))
        let result = try #require(g.adjacency(of: outcome, .outgoing, type: forArm).first)
        #expect(g.property("median", of: result.relationship) == .float(7.8))
        #expect(g.property("n", of: result.relationship) == .int(5))
        let prior = try #require(g.relationshipType(named: "PRIOR_THERAPY"))
        let edge = try #require(g.adjacency(of: pop, .outgoing, type: prior).first)
        #expect(g.property("progressionRequired", of: edge.relationship) == .bool(false))
        #expect(g.property("requirement", of: edge.relationship) == .string("excluded"))
        let guideline = try #require(g.node(withID: "g"))
        let hasRec = try #require(g.relationshipType(named: "HAS_RECOMMENDATION"))
        #expect(g.adjacency(of: guideline, .outgoing, type: hasRec).map { g.id(of: $0.neighbor) } == ["g-r"])
    }

    @Test func codingLinksItsSystemAndTheEntitiesItCodes() throws {
        let g = try GraphLoader().load(Paths.fixture("good/every-element.xml")).graph
        let coding = try #require(g.node(withID: "hgnc-8975"))
        #expect(g.labels(of: coding) == ["Coding"])
        #expect(g.property("code", of: coding) == .string("HGNC:8975"), "codes stay strings, even when numeric-looking")
        #expect(g.property("aspect", of: coding) == .string("status"))
        #expect(g.property("system", of: coding) == nil, "the system attribute is a relationship")
        let inSystem = try #require(g.relationshipType(named: "IN_SYSTEM"))
        let system = try #require(g.adjacency(of: coding, .outgoing, type: inSystem).first)
        #expect(g.id(of: system.neighbor) == "cs-hgnc")
        #expect(g.property("uri", of: system.neighbor) == .string("http://www.genenames.org/geneId"))
        #expect(g.property("aliases", of: system.neighbor) == .list([.string("http://www.genenames.org")]))
        let codes = try #require(g.relationshipType(named: "CODES"))
        #expect(g.adjacency(of: coding, .outgoing, type: codes).map { g.id(of: $0.neighbor) } == ["b-pik3ca"])
    }
}
