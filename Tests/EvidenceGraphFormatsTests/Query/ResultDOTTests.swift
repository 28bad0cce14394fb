import EvidenceGraphCore
import EvidenceGraphFormats
import EvidenceGraphQuery
import Testing

/// `evg query --format dot`: the nodes, relationships and paths a result returns, once each.
@Suite struct ResultDOTTests {
    let graph = SmallGraph.make()

    @Test func drawsNodesAndRelationshipsOnce() throws {
        let result = try graph.query("MATCH (d:Drug)-[r:TARGETS]->(t:Target) RETURN d, r, t")
        let doc = try DOTDocument(QueryResultFormat.dot.render(result))
        #expect(Set(doc.nodes.keys) == ["everolimus", "alpelisib", "mtor"])
        #expect(doc.edges.map { "\($0.from)-\($0.attributes["label"]!)->\($0.to)" }.sorted()
                == ["alpelisib-TARGETS->mtor", "everolimus-TARGETS->mtor"])
        #expect(doc.nodes["alpelisib"]?["label"] == ":Drug:Inhibitor\nAlpelisib")
    }

    @Test func drawsPathsAndValuesInsideListsAndMaps() throws {
        let paths = try graph.query("MATCH p = (:Drug {name: 'Everolimus'})-[:TARGETS]->(:Target) RETURN p")
        let doc = try DOTDocument(ResultDOT.text(paths))
        #expect(Set(doc.nodes.keys) == ["everolimus", "mtor"] && doc.edges.count == 1)
        let nested = try graph.query("MATCH (d:Drug) RETURN collect(d) AS drugs, {target: 'x'} AS m")
        #expect(Set(try DOTDocument(ResultDOT.text(nested)).nodes.keys) == ["everolimus", "alpelisib"])
    }

    @Test func scalarsGiveADrawingThatSaysSo() throws {
        let result = try graph.query("MATCH (d:Drug) RETURN d.name AS name")
        let doc = try DOTDocument(ResultDOT.text(result))
        #expect(doc.nodes.count == 1 && doc.nodes["empty"]?["label"]?.contains("2 row(s)") == true)
    }

    @Test func hostileNamesStayQuoted() throws {
        var b = GraphBuilder()
        let evil = try b.addNode(id: #"x" -> "y"#, labels: ["Drug"], properties: ["name": .string("<b>\"quoted\" \\N</b>"),
                                                                                  "source": .string("NCT01234567")])
        let other = try b.addNode(id: "other", labels: ["Target"], properties: [:])
        b.addRelationship(type: "TARGETS", from: evil, to: other)
        let result = try b.freeze().query("MATCH (a)-[r]->(b) RETURN a, r, b")
        let doc = try DOTDocument(ResultDOT.text(result))
        #expect(Set(doc.nodes.keys) == [#"x" -> "y"#, "other"])
        #expect(doc.nodes[#"x" -> "y"#]?["label"] == ":Drug\n<b>\"quoted\" \\N</b>")
        #expect(doc.nodes[#"x" -> "y"#]?["URL"] == "https://clinicaltrials.gov/study/NCT01234567", "linked to its source")
    }
}
