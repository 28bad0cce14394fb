import Testing
import EvidenceGraphCore
@testable import EvidenceGraphXML

@Suite struct BundledGraphTests {
    @Test func bundledGraphLoadsAndValidatesCleanly() throws {
        let loaded = try GraphLoader().load([Paths.graph])
        let findings = GraphValidator().validate(loaded)
        #expect(findings.isEmpty, "\(findings.map(\.description).joined(separator: "\n"))")
        #expect(loaded.files.count >= 5)
        let g = loaded.graph
        let everolimus = try #require(g.node(withID: "everolimus"))
        #expect(g.labels(of: everolimus) == ["Drug"])
        #expect(g.property("id", of: everolimus) == .string("everolimus"))
        #expect(g.property("synonyms_ru", of: everolimus) == .list([.string("эверолимус")]))
        let trial = try #require(g.node(withID: "bolero-2"))
        #expect(g.property("nct", of: trial) == .string("NCT00863655"))
        let os = try #require(g.node(withID: "bolero-2-os-final"))
        #expect(g.property("hazardRatio", of: os) == .float(0.89))
        let pfs = try #require(g.node(withID: "bolero-2-pfs-local-final"))
        #expect(g.property("p", of: pfs) == .string("<0.0001"), "character reference decoded in an attribute")
    }
}
