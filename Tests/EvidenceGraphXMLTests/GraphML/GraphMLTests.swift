import Testing
import Foundation
import EvidenceGraphCore
@testable import EvidenceGraphXML

@Suite struct GraphMLTests {
    /// A structural summary: nodes (id, labels, properties) and relationships
    /// (start id, type, end id, properties), order-independent.
    func summary(_ g: Graph) -> (nodes: [String], relationships: [String]) {
        let nodes = g.nodes.map { i -> String in
            let n = NodeIndex(i)
            let props = g.properties(of: n).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            return "\(g.id(of: n)) \(g.labels(of: n)) \(props)"
        }
        let rels = (0..<g.relationshipCount).map { r -> String in
            let rel = RelationshipIndex(r)
            let props = g.properties(of: rel).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            return "\(g.id(of: g.startNode(of: rel)))-[\(g.typeName(of: rel)) \(props)]->\(g.id(of: g.endNode(of: rel)))"
        }
        return (nodes.sorted(), rels.sorted())
    }

    @Test func networkxFileLoads() throws {
        let g = try GraphLoader().load(Paths.fixture("graphml/networkx.graphml")).graph
        let e = try #require(g.node(withID: "everolimus"))
        #expect(g.labels(of: e) == ["Drug"])
        #expect(g.property("approved", of: e) == .bool(true))
        #expect(g.property("year", of: e) == .int(2012))
        let x = try #require(g.node(withID: "exemestane"))
        #expect(g.property("approved", of: x) == .bool(false))
        #expect(g.property("name", of: x) == .string("Exemestane & co <x>"))
        let m = try #require(g.node(withID: "mtor"))
        #expect(g.labels(of: m) == ["Target", "Protein"])
        #expect(g.property("weight", of: m) == .float(1.5))
        let targets = try #require(g.relationshipType(named: "TARGETS"))
        let edge = try #require(g.adjacency(of: e, .outgoing, type: targets).first)
        #expect(g.property("potency", of: edge.relationship) == .float(0.75))
        #expect(g.property("note", of: edge.relationship) == .string("inhibitor"))
        #expect(Set(g.relationshipTypeNames) == ["TARGETS", "RELATED_TO_TEST"])
    }

    @Test func roundTripOfTheBundledGraph() throws {
        let original = try GraphLoader().load(Paths.graph).graph
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = dir + "/graph.graphml"
        try GraphMLWriter().write(original, toFile: file)
        let reread = try GraphLoader().load(file).graph
        let a = summary(original), b = summary(reread)
        #expect(a.nodes == b.nodes)
        #expect(a.relationships == b.relationships)
        #expect(original.nodeCount > 20)
    }

    @Test func roundTripOfAwkwardValues() throws {
        var builder = GraphBuilder()
        let a = try builder.addNode(id: "a \"quoted\" & <odd>", labels: ["A", "B"], properties: [
            "id": .string("a \"quoted\" & <odd>"),
            "text": .string("line 1\nline 2\r\n\ttabbed ]]> \u{1}"),
            "count": .int(-42), "ratio": .float(0.1), "flag": .bool(false),
            "tags": .list([.string("x"), .string("y \"z\"")]), "numbers": .list([.int(1), .int(2)]),
        ])
        let b = try builder.addNode(id: "b", labels: [], properties: ["id": .string("b"), "count": .string("not a number")])
        builder.addRelationship(type: "LINKS_TO", from: a, to: b, properties: [("weight", .float(2.5)), ("count", .int(3))])
        let graph = builder.freeze()
        let text = GraphMLWriter().string(graph)
        let reread = try GraphLoader().load(string: text, name: "awkward.graphml").graph
        let ra = try #require(reread.node(withID: "a \"quoted\" & <odd>"))
        #expect(reread.property("text", of: ra) == .string("line 1\nline 2\r\n\ttabbed ]]> \u{FFFD}"), "control characters become U+FFFD")
        #expect(reread.property("tags", of: ra) == .list([.string("x"), .string("y \"z\"")]))
        #expect(reread.property("numbers", of: ra) == .list([.int(1), .int(2)]))
        #expect(reread.property("count", of: try #require(reread.node(withID: "b"))) == .string("not a number"), "one name, two types")
        #expect(reread.property("count", of: ra) == .int(-42))
        #expect(reread.labels(of: ra) == ["A", "B"])
        #expect(reread.relationshipCount == 1)
    }

    @Test func writerStreamsInChunks() throws {
        let graph = try GraphLoader().load(Paths.graph).graph
        var chunks = 0
        var total = 0
        GraphMLWriter().write(graph) { chunks += 1; total += $0.count }
        #expect(chunks >= 1 && total == GraphMLWriter().string(graph).utf8.count)
    }

    @Test func labelsAndListsParse() {
        #expect(GraphMLReader.splitLabels(":A:B") == ["A", "B"])
        #expect(GraphMLReader.splitLabels("A") == ["A"])
        #expect(GraphMLValueParser.parse("[\"a\",\"b\\n\"]", as: .string, listOf: .string) == .list([.string("a"), .string("b\n")]))
        #expect(GraphMLValueParser.parse("[1, 2]", as: .long, listOf: .long) == .list([.int(1), .int(2)]))
        #expect(GraphMLValueParser.parse("True", as: .boolean, listOf: nil) == .bool(true))
        #expect(GraphMLValueParser.parse("maybe", as: .boolean, listOf: nil) == nil)
    }
}
