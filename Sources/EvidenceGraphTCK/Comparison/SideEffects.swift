import EvidenceGraphCore

/// The TCK's side effects of a query, computed as the TCK defines them: by comparing the
/// graph before with the graph after (nodes, relationships, distinct label names in use, and
/// property entries), not from the engine's own counters.
package struct SideEffects: Sendable, Hashable, CustomStringConvertible {
    /// Counts by the TCK's keys: `+nodes`, `-nodes`, `+relationships`, `-relationships`,
    /// `+labels`, `-labels`, `+properties`, `-properties`; absent keys are zero.
    package var counts: [String: Int]

    /// The keys the TCK uses.
    package static let keys = ["+nodes", "-nodes", "+relationships", "-relationships",
                              "+labels", "-labels", "+properties", "-properties"]

    /// Side effects given as counts.
    package init(counts: [String: Int]) { self.counts = counts.filter { $0.value != 0 } }

    /// What changed from `before` to `after`. Nodes are matched by their ids; relationships
    /// by start id, type and end id; properties by owner, key and value.
    package init(from before: Graph, to after: Graph) {
        let old = Snapshot(before), new = Snapshot(after)
        var counts: [String: Int] = [:]
        counts["+nodes"] = new.nodes.subtracting(old.nodes).count
        counts["-nodes"] = old.nodes.subtracting(new.nodes).count
        counts["+relationships"] = Snapshot.excess(new.relationships, over: old.relationships)
        counts["-relationships"] = Snapshot.excess(old.relationships, over: new.relationships)
        counts["+labels"] = new.labels.subtracting(old.labels).count
        counts["-labels"] = old.labels.subtracting(new.labels).count
        counts["+properties"] = Snapshot.excess(new.properties, over: old.properties)
        counts["-properties"] = Snapshot.excess(old.properties, over: new.properties)
        self.init(counts: counts)
    }

    /// Reads a side-effects table (`| +nodes | 1 |` rows); `nil` for an unknown key or a bad count.
    package init?(table: [[String]]) {
        var counts: [String: Int] = [:]
        for row in table {
            guard row.count == 2, Self.keys.contains(row[0]), let n = Int(row[1]) else { return nil }
            counts[row[0]] = n
        }
        self.init(counts: counts)
    }

    package var description: String {
        let shown = Self.keys.compactMap { key in counts[key].map { "\(key) \($0)" } }
        return shown.isEmpty ? "none" : shown.joined(separator: ", ")
    }

    /// Multisets of a graph's contents, keyed by text.
    private struct Snapshot {
        var nodes: Set<String> = []
        var labels: Set<String> = []
        var relationships: [String: Int] = [:]
        var properties: [String: Int] = [:]

        init(_ graph: Graph) {
            for n in graph.nodes {
                let node = NodeIndex(n)
                let id = graph.id(of: node)
                nodes.insert(id)
                labels.formUnion(graph.labels(of: node))
                for (key, value) in graph.properties(of: node) where !value.isNull {
                    properties["n\u{1}\(id)\u{1}\(key)\u{1}\(TCKValue(value).description)", default: 0] += 1
                }
            }
            for r in 0..<graph.relationshipCount {
                let rel = RelationshipIndex(r)
                let identity = graph.id(of: graph.startNode(of: rel)) + "\u{1}" + graph.typeName(of: rel) + "\u{1}"
                    + graph.id(of: graph.endNode(of: rel))
                relationships[identity, default: 0] += 1
                for (key, value) in graph.properties(of: rel) where !value.isNull {
                    properties["r\u{1}\(identity)\u{1}\(key)\u{1}\(TCKValue(value).description)", default: 0] += 1
                }
            }
        }

        static func excess(_ a: [String: Int], over b: [String: Int]) -> Int {
            a.reduce(0) { sum, entry in sum + max(0, entry.value - b[entry.key, default: 0]) }
        }
    }
}
