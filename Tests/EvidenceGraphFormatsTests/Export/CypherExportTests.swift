import EvidenceGraphCore
import EvidenceGraphFormats
import EvidenceGraphQuery
import Foundation
import Testing

/// The openCypher script export, checked by running it through evg's own query engine on an
/// empty graph: the result holds the same nodes, labels, properties and relationships.
@Suite struct CypherExportTests {
    /// Runs every statement of `script` in order, starting from an empty graph.
    func replay(_ script: String) throws -> Graph {
        var graph = Graph()
        for statement in CypherExport.statements(in: script) {
            graph = try graph.query(statement).graph
        }
        return graph
    }

    /// Each node by its `id` property: labels and properties.
    func nodes(_ g: Graph) -> [String: (labels: Set<String>, props: [String: PropertyValue])] {
        var out: [String: (labels: Set<String>, props: [String: PropertyValue])] = [:]
        for i in g.nodes {
            let n = NodeIndex(i)
            let props = Dictionary(g.properties(of: n).map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
            out[props["id"]?.stringValue ?? g.id(of: n)] = (Set(g.labels(of: n)), props)
        }
        return out
    }

    /// Each relationship as `start -TYPE-> end {props}` text, sorted.
    func relationships(_ g: Graph) -> [String] {
        (0..<g.relationshipCount).map { r in
            let rel = RelationshipIndex(r)
            let id = { (n: NodeIndex) in g.property("id", of: n)?.stringValue ?? g.id(of: n) }
            let props = g.properties(of: rel).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            return "\(id(g.startNode(of: rel)))-\(g.typeName(of: rel))->\(id(g.endNode(of: rel))) \(props)"
        }.sorted()
    }

    @Test func theScriptRebuildsTheGraph() throws {
        let original = TrickyGraph.make()
        let (script, summary) = CypherExport(graph: original, batchSize: 2).script()
        #expect(summary.nodes == 5 && summary.relationships == 5 && summary.warnings.isEmpty)
        let copy = try replay(script)
        #expect(copy.nodeCount == original.nodeCount && copy.relationshipCount == original.relationshipCount)
        let before = nodes(original), after = nodes(copy)
        #expect(Set(before.keys) == Set(after.keys))
        for (id, node) in before {
            #expect(after[id]?.labels == node.labels, "labels of \(id)")
            var expected = node.props
            // Integers among floats in a list become floats.
            if case .list(let items)? = expected["scores"] { expected["scores"] = .list(items.map { .float($0.doubleValue!) }) }
            #expect(after[id]?.props == expected, "properties of \(id)")
        }
        #expect(after["d2"]?.props["name"] == .string(TrickyGraph.note))
        #expect(after["d2"]?.props["empty"] == .string(""))
        #expect(relationships(copy) == relationships(original))
    }

    @Test func batchesStatementsAndSuggestsIndexes() throws {
        let (script, summary) = CypherExport(graph: TrickyGraph.make(), batchSize: 2).script()
        let statements = CypherExport.statements(in: script)
        // Nodes: Drug (2 → 1 batch), Drug:Inhibitor, Target, unlabelled; relationships:
        // TARGETS by (Drug→Target: 3 → 2 batches), SEE_ALSO (Target→∅, ∅→∅).
        #expect(statements.count == summary.statements && summary.statements == 8)
        #expect(statements.allSatisfy { $0.hasPrefix("UNWIND [") })
        #expect(statements.contains { $0.hasSuffix("CREATE (n:`Drug`:`Inhibitor`) SET n += row") })
        #expect(statements.contains { $0.contains("MATCH (a:`Target` {id: row.s}), (b {id: row.e})") })
        #expect(CypherExport.indexStatements(in: script) == ["CREATE INDEX FOR (n:`Drug`) ON (n.id)", "CREATE INDEX FOR (n:`Target`) ON (n.id)"])
        // String literals never span lines: the note's line break is escaped.
        #expect(script.contains("'Said \"no\", then: yes,\\nreally; twice'"))
    }

    @Test func unstorableListsBecomeTextWithAWarning() throws {
        var b = GraphBuilder()
        _ = try b.addNode(id: "a", labels: ["Thing"], properties: ["mixed": .list([.int(1), .string("a")]), "nested": .list([.list([.int(1)])])])
        let (script, summary) = CypherExport(graph: b.freeze()).script()
        #expect(summary.warnings.count == 2)
        let copy = try replay(script)
        #expect(copy.property("mixed", of: NodeIndex(0)) == .string("[1, \"a\"]"))
    }

    @Test func theBundledGraphRoundTrips() throws {
        let original = try Bundled.graph.get()
        let (script, _) = CypherExport(graph: original).script()
        let copy = try replay(script)
        #expect(copy.nodeCount == original.nodeCount && copy.relationshipCount == original.relationshipCount)
        #expect(copy.schema == original.schema)
        let q = "MATCH (d:Drug)-[:TARGETS]->(t:Target) RETURN d.id, t.id, d.synonyms ORDER BY d.id, t.id"
        #expect(try copy.query(q).rows == original.query(q).rows)
    }
}
