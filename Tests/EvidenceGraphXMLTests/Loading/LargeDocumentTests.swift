import Testing
import EvidenceGraphCore
@testable import EvidenceGraphXML

/// A document far larger than one parse→build batch (1 MiB): entities on both sides of every
/// batch boundary keep their properties, list order, locations and references.
@Suite struct LargeDocumentTests {
    static let drugs = 12_000

    static func document() -> String {
        var s = "<evidence xmlns=\"urn:evidencegraph:evidence:1\">\n"
        s += "  <target id=\"t\" name=\"T\"/>\n"
        for i in 0..<drugs {
            s += "  <drug id=\"d\(i)\" name=\"drug \(i) &amp; co\" source=\"s\(i % 7) s\(i % 5)\">\n"
            s += "    <synonym>D-\(i)</synonym>\n    <synonym xml:lang=\"ru\">препарат-\(i)</synonym>\n"
            s += "    <target ref=\"t\" action=\"inhibitor\"/>\n  </drug>\n"
        }
        return s + "</evidence>\n"
    }

    @Test func everyEntityOfEveryBatchArrivesIntact() throws {
        let text = Self.document()
        #expect(text.utf8.count > 2 * EvidenceBatcher.batchBytes)
        var options = LoadOptions()
        options.validatesSchema = false
        let g = try GraphLoader(options: options).load(string: text, name: "big.xml").graph
        #expect(g.nodeCount == Self.drugs + 1)
        #expect(g.relationshipCount == Self.drugs)
        let t = try #require(g.node(withID: "t"))
        #expect(g.degree(of: t, .incoming) == Self.drugs)
        for i in stride(from: 0, to: Self.drugs, by: 997) + [Self.drugs - 1] {
            let d = try #require(g.node(withID: "d\(i)"))
            #expect(g.property("name", of: d) == .string("drug \(i) & co"))
            #expect(g.property("source", of: d) == .list([.string("s\(i % 7)"), .string("s\(i % 5)")]))
            #expect(g.property("synonyms", of: d) == .list([.string("D-\(i)"), .string("препарат-\(i)")]))
            #expect(g.property("synonyms_ru", of: d) == .list([.string("препарат-\(i)")]))
            #expect(g.location(of: d) == SourceLocation(file: "big.xml", line: 3 + 5 * i, column: 3))
        }
    }
}
