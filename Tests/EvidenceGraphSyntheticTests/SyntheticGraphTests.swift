import Foundation
import Testing
import EvidenceGraphCore
import EvidenceGraphXML
@testable import EvidenceGraphSynthetic

/// The generator's promises: deterministic for a seed, XSD-valid evidence XML, counts that
/// match what loads, and the same graph in both formats.
@Suite struct SyntheticGraphTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let schema = root + "/Graph/schema/evidence.xsd"

    func bytes(_ format: SyntheticGraphGenerator.Format, nodes: Int = 600, seed: UInt64 = 7, edgeFactor: Double = 5) throws -> ([UInt8], SyntheticGraphGenerator.Summary) {
        let g = try SyntheticGraphGenerator(nodes: nodes, edgeFactor: edgeFactor, seed: seed)
        var out: [UInt8] = []
        let summary = g.write(format) { out += $0 }
        return (out, summary)
    }

    func load(_ bytes: [UInt8], name: String) throws -> LoadedGraph {
        var options = LoadOptions()
        options.schemaPath = Self.schema
        return try GraphLoader(options: options).load(bytes: bytes, name: name)
    }

    @Test func sameSeedSameBytesOtherSeedOtherBytes() throws {
        for format in SyntheticGraphGenerator.Format.allCases {
            let (a, sa) = try bytes(format)
            let (b, _) = try bytes(format)
            let (c, _) = try bytes(format, seed: 8)
            #expect(a == b)
            #expect(a != c)
            #expect(sa.bytes == a.count)
        }
    }

    @Test func prngIsSplitMix64() {
        // Reference values of SplitMix64 seeded with 0 (Vigna's splitmix64.c).
        var r = SplitMix64(seed: 0)
        #expect(r.next() == 0xE220_A839_7B1D_CDAF)
        #expect(r.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test func evidenceValidatesAgainstTheXSDAndCountsMatch() throws {
        let (xml, summary) = try bytes(.evidence)
        let loaded = try load(xml, name: "synthetic.xml")   // the loader validates against the XSD
        #expect(loaded.graph.nodeCount == summary.nodes)
        #expect(summary.nodes == 600)
        #expect(loaded.graph.relationshipCount == summary.relationships)
        #expect(loaded.duplicateDefinitions.isEmpty)
        #expect(loaded.danglingReferences.isEmpty)
        let counts = try SyntheticGraphGenerator(nodes: 600, seed: 7).labelCounts
        for (label, count) in loaded.graph.schema.labels { #expect(counts[label] == count, "\(label)") }
        // About five relationships per node.
        let perNode = Double(summary.relationships) / Double(summary.nodes)
        #expect(perNode > 4 && perNode < 6, "\(perNode)")
    }

    @Test func evidenceHasNoConsistencyErrors() throws {
        let loaded = try load(try bytes(.evidence).0, name: "synthetic.xml")
        let errors = GraphValidator().validate(loaded).filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.prefix(5).map(\.description))")
    }

    @Test func bothFormatsHoldTheSameGraph() throws {
        let a = try load(try bytes(.evidence).0, name: "synthetic.xml").graph
        let b = try load(try bytes(.graphml).0, name: "synthetic.graphml").graph
        #expect(a.nodeCount == b.nodeCount)
        #expect(a.relationshipCount == b.relationshipCount)
        for i in a.nodes {
            let n = NodeIndex(i)
            #expect(a.id(of: n) == b.id(of: n))
            #expect(a.labels(of: n) == b.labels(of: n))
            #expect(a.properties(of: n).elementsEqual(b.properties(of: n), by: ==), "\(a.id(of: n))")
        }
        for i in 0..<a.relationshipCount {
            let r = RelationshipIndex(i)
            #expect(a.typeName(of: r) == b.typeName(of: r))
            #expect(a.id(of: a.startNode(of: r)) == b.id(of: b.startNode(of: r)))
            #expect(a.id(of: a.endNode(of: r)) == b.id(of: b.endNode(of: r)))
            #expect(a.properties(of: r).elementsEqual(b.properties(of: r), by: ==))
        }
    }

    @Test func graphIsShapedLikeTheKnowledgeBase() throws {
        let g = try load(try bytes(.evidence, nodes: 2000).0, name: "synthetic.xml").graph
        // Every label and relationship type of the evidence model's clinical content, and nothing
        // else (the decision model's few configuration nodes are not generated).
        #expect(Set(g.schema.labels.map(\.name)) == Set(EvidenceModel.entities.map(\.label)).subtracting(EvidenceModel.decisionModelLabels).subtracting(EvidenceModel.terminologyLabels))
        #expect(Set(g.schema.relationshipTypes.map(\.name))
                == Set(EvidenceModel.relationshipEndpoints.keys).subtracting(EvidenceModel.decisionModelRelationshipTypes).subtracting(EvidenceModel.terminologyRelationshipTypes))
        // Skewed in-degree: the busiest drug has many times the mean.
        let drug = try #require(g.label(named: "Drug"))
        let degrees = g.nodes(withLabel: drug).map { g.degree(of: $0, .incoming) }
        let mean = Double(degrees.reduce(0, +)) / Double(degrees.count)
        #expect(Double(degrees.max()!) > 8 * mean, "max \(degrees.max()!) mean \(mean)")
        // Cyrillic strings, and optional attributes sometimes absent.
        let ru = g.nodes.filter { g.property("synonyms_ru", of: NodeIndex($0)) != nil }.count
        #expect(ru > 0 && ru < g.nodeCount)
        let named = g.nodes.filter { g.property("name", of: NodeIndex($0)) != nil }.count
        #expect(named > g.nodeCount / 2 && named < g.nodeCount)
    }

    @Test func badOptionsAreRejected() {
        #expect(throws: SyntheticGraphError.self) { try SyntheticGraphGenerator(nodes: 10) }
        #expect(throws: SyntheticGraphError.self) { try SyntheticGraphGenerator(nodes: 1000, edgeFactor: -1) }
    }

    @Test func edgeFactorScalesRelationships() throws {
        let (_, two) = try bytes(.evidence, edgeFactor: 2)
        let (_, ten) = try bytes(.evidence, edgeFactor: 10)
        #expect(Double(two.relationships) / 600 < 3)
        #expect(Double(ten.relationships) / 600 > 8)
    }
}
