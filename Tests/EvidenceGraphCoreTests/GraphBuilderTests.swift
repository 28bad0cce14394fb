import Testing
@testable import EvidenceGraphCore

@Suite struct GraphBuilderTests {
    func sample() throws -> Graph {
        var b = GraphBuilder()
        let e = try b.addNode(id: "everolimus", labels: ["Drug"], properties: ["name": .string("Everolimus"), "id": .string("everolimus")])
        let x = try b.addNode(id: "exemestane", labels: ["Drug"], properties: ["name": .string("Exemestane")])
        let m = try b.addNode(id: "mtor", labels: ["Target", "Protein"], properties: ["name": .string("mTOR")])
        b.addRelationship(type: "INHIBITS", from: e, to: m, properties: [("potency", .float(1.5))])
        b.addRelationship(type: "COMBINED_WITH", from: e, to: x)
        b.addRelationship(type: "INHIBITS", fromID: "exemestane", toID: "aromatase")
        _ = try b.addNode(id: "aromatase", labels: ["Target"])
        return b.freeze()
    }

    @Test func countsAndLookups() throws {
        let g = try sample()
        #expect(g.nodeCount == 4)
        #expect(g.relationshipCount == 3)
        let e = try #require(g.node(withID: "everolimus"))
        #expect(g.labels(of: e) == ["Drug"])
        #expect(g.property("name", of: e) == .string("Everolimus"))
        #expect(g.property("missing", of: e) == nil)
        let target = try #require(g.label(named: "Target"))
        #expect(g.nodes(withLabel: target).map { g.id(of: $0) } == ["mtor", "aromatase"])
    }

    @Test func adjacencyBothDirectionsAndByType() throws {
        let g = try sample()
        let e = try #require(g.node(withID: "everolimus"))
        let inhibits = try #require(g.relationshipType(named: "INHIBITS"))
        let out = g.adjacency(of: e, .outgoing)
        #expect(out.count == 2)
        let typed = g.adjacency(of: e, .outgoing, type: inhibits)
        #expect(typed.map { g.id(of: $0.neighbor) } == ["mtor"])
        let aromatase = try #require(g.node(withID: "aromatase"))
        let incoming = g.adjacency(of: aromatase, .incoming, type: inhibits)
        #expect(incoming.map { g.id(of: $0.neighbor) } == ["exemestane"], "forward reference resolved at freeze")
        #expect(g.property("potency", of: typed.first!.relationship) == .float(1.5))
    }

    @Test func duplicateIDIsRejectedWithFirstLocation() throws {
        var b = GraphBuilder()
        let loc = SourceLocation(file: "a.xml", line: 3, column: 5)
        _ = try b.addNode(id: "x", labels: ["A"], location: loc)
        #expect(throws: GraphBuilder.BuildError.duplicateID("x", firstLocation: loc)) {
            try b.addNode(id: "x", labels: ["A"])
        }
    }

    @Test func danglingReferencesAreReportedAndDropped() throws {
        var b = GraphBuilder()
        _ = try b.addNode(id: "a", labels: ["A"])
        let loc = SourceLocation(file: "f.xml", line: 9, column: 2)
        b.addRelationship(type: "R", fromID: "a", toID: "nowhere", location: loc)
        #expect(b.unresolvedReferences == [.init(type: "R", missingID: "nowhere", location: loc)])
        let g = b.freeze()
        #expect(g.relationshipCount == 0)
    }

    @Test func indexSeekNormalisesNumbers() throws {
        var b = GraphBuilder()
        b.indexedPropertyKeys.insert("n")
        _ = try b.addNode(labels: ["A"], properties: ["n": .int(1)])
        _ = try b.addNode(labels: ["A"], properties: ["n": .float(2)])
        let g = b.freeze()
        let a = try #require(g.label(named: "A")), n = try #require(g.propertyKey(named: "n"))
        #expect(g.nodes(withLabel: a, where: n, equals: .float(1))?.count == 1)
        #expect(g.nodes(withLabel: a, where: n, equals: .int(2))?.count == 1)
        #expect(g.nodes(withLabel: a, where: n, equals: .int(3)) == [])
    }

    @Test func builderFromGraphExtends() throws {
        let g = try sample()
        var b = GraphBuilder(g)
        let n = try b.addNode(labels: ["New"])
        b.addRelationship(type: "R", from: n, to: try #require(g.node(withID: "mtor")))
        let g2 = b.freeze()
        #expect(g2.nodeCount == 5 && g2.relationshipCount == 4)
        #expect(g.nodeCount == 4, "the original is unchanged")
        #expect(g2.schema.labels.first { $0.name == "Target" }?.count == 2)
    }
}

@Suite struct GraphBuilderChainingTests {
    @Test func repeatedCopyAndFreezeKeepsIndicesValid() throws {
        var b1 = GraphBuilder(Graph())
        let a = try b1.addNode(labels: [])
        let g1 = b1.freeze()
        var b2 = GraphBuilder(g1)
        let b = try b2.addNode(labels: [])
        let g2 = b2.freeze()
        var b3 = GraphBuilder(g2)
        b3.addRelationship(type: "R", from: a, to: b)
        let g3 = b3.freeze()
        #expect(g3.nodeCount == 2 && g3.relationshipCount == 1)
        #expect(g3.adjacency(of: a, .outgoing).map(\.neighbor) == [b])
    }
}
