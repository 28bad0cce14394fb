import Testing
@testable import EvidenceGraphCore

@Suite struct GraphEditTests {
    private func sample() throws -> Graph {
        var b = GraphBuilder()
        let a = try b.addNode(id: "a", labels: ["A"], properties: ["x": .int(1)])
        let c = try b.addNode(id: "c", labels: ["C"])
        let d = try b.addNode(id: "d", labels: ["D"], properties: ["name": .string("dee")])
        b.addRelationship(type: "R", from: a, to: c)
        b.addRelationship(type: "S", from: c, to: d, properties: [("w", .int(2))])
        return b.freeze()
    }

    @Test func editsReplaceListsAndKeepIndices() throws {
        let g = try sample()
        var e = GraphEdit()
        e.nodeLabels[NodeIndex(0)] = ["A", "B"]
        e.nodeProperties[NodeIndex(0)] = [("y", .string("z"))]
        let edited = g.applying(e)
        #expect(edited.nodeMap.isEmpty)
        #expect(edited.graph.labels(of: NodeIndex(0)) == ["A", "B"])
        #expect(edited.graph.property("x", of: NodeIndex(0)) == nil)
        #expect(edited.graph.property("y", of: NodeIndex(0)) == .string("z"))
        #expect(edited.graph.property("w", of: RelationshipIndex(1)) == .int(2))
        #expect(g.labels(of: NodeIndex(0)) == ["A"])
    }

    @Test func deletionsRenumberAndDropDanglingRelationships() throws {
        let g = try sample()
        var e = GraphEdit()
        e.deletedNodes = [NodeIndex(1)]
        let edited = g.applying(e)
        #expect(edited.nodeMap == [0, -1, 1])
        #expect(edited.relationshipMap == [-1, -1])
        #expect(edited.graph.nodeCount == 2)
        #expect(edited.graph.relationshipCount == 0)
        #expect(edited.graph.node(withID: "d") == NodeIndex(1))
        let dee = try #require(edited.graph.label(named: "D"))
        #expect(edited.graph.nodes(withLabel: dee) == [NodeIndex(1)])
    }
}
