/// Generates a synthetic knowledge graph shaped like the evidence knowledge base (the same
/// labels, relationship types and property kinds; a skewed degree distribution; Latin and
/// Cyrillic strings; optional attributes sometimes absent), for benchmarks.
///
/// Output is deterministic for a seed (``SplitMix64``), streamed through a 1 MiB buffer
/// (never the whole document in memory), and written either as evidence XML that validates
/// against `Graph/schema/evidence.xsd` or as GraphML in the APOC convention; both formats of
/// one seed describe the same graph.
///
/// ```swift
/// let generator = try SyntheticGraphGenerator(nodes: 100_000)
/// let summary = try generator.write(.evidence, toFile: "/tmp/g.xml")
/// print(summary.nodes, summary.relationships)
/// ```
package struct SyntheticGraphGenerator: Sendable {
    /// Output formats.
    package enum Format: String, Sendable, CaseIterable {
        /// Evidence XML (`Graph/schema/evidence.xsd`).
        case evidence
        /// GraphML, Neo4j APOC convention.
        case graphml
    }

    /// What was written.
    package struct Summary: Sendable, Hashable {
        /// Nodes written.
        package var nodes: Int
        /// Relationships written (references, reference attributes and nesting).
        package var relationships: Int
        /// Bytes written.
        package var bytes: Int
    }

    /// Number of nodes.
    package let nodes: Int
    /// Target relationships per node.
    package let edgeFactor: Double
    /// The seed.
    package let seed: UInt64

    /// A generator of `nodes` nodes (at least 100) with about `edgeFactor` relationships per node.
    /// - Throws: ``SyntheticGraphError`` for options out of range.
    package init(nodes: Int, edgeFactor: Double = 5, seed: UInt64 = 1) throws(SyntheticGraphError) {
        _ = try SyntheticPlan(nodes: nodes, edgeFactor: edgeFactor, seed: seed)
        self.nodes = nodes
        self.edgeFactor = edgeFactor
        self.seed = seed
    }

    private var content: SyntheticContent {
        // The options were checked in init.
        SyntheticContent(plan: try! SyntheticPlan(nodes: nodes, edgeFactor: edgeFactor, seed: seed))
    }

    /// Node count per label that the generated graph has.
    package var labelCounts: [String: Int] {
        let plan = content.plan
        return Dictionary(uniqueKeysWithValues: SyntheticPlan.Kind.allCases.map { ($0.label, plan.count($0)) })
    }

    /// Writes the graph to `path` (created or truncated).
    package func write(_ format: Format, toFile path: String) throws(SyntheticWriteError) -> Summary {
        let file = try OutputFile(path: path)
        let summary = write(format) { file.write($0) }
        try file.close()
        return summary
    }

    /// Streams the graph to `sink` in chunks of about 1 MiB.
    package func write(_ format: Format, to sink: @escaping ([UInt8]) -> Void) -> Summary {
        var out = ByteSink(flush: sink)
        var nodes = 0, relationships = 0
        let content = self.content
        switch format {
        case .evidence:
            EvidenceEmitter.header(&out, nodes: self.nodes, seed: seed)
            content.forEachRecord { r in
                nodes += r.nodeCount
                relationships += r.relationshipCount
                EvidenceEmitter.write(r, to: &out)
            }
            EvidenceEmitter.footer(&out)
        case .graphml:
            GraphMLEmitter.header(&out, nodes: self.nodes, seed: seed)
            var emitter = GraphMLEmitter()
            content.forEachRecord { r in
                nodes += r.nodeCount
                relationships += r.relationshipCount
                emitter.write(r, to: &out)
            }
            GraphMLEmitter.footer(&out)
        }
        out.flush()
        return Summary(nodes: nodes, relationships: relationships, bytes: out.byteCount)
    }
}
