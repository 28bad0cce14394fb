import EvidenceGraphCore
import EvidenceGraphQuery

/// A query result drawn as Graphviz DOT (`evg query --format dot`; `svg` lays it out): every
/// node, relationship and path the result returns — in any column, inside lists and maps —
/// once, nodes labelled with their label and name and linked to their source, relationships
/// with their type. Scalars are not drawn; a result without nodes or relationships gives a
/// one-node drawing that says so.
public enum ResultDOT {
    /// The result's nodes and relationships as a DOT digraph.
    public static func text(_ result: QueryResult) -> String { graph(result).text }

    /// The drawing as a ``DOTGraph``.
    public static func graph(_ result: QueryResult) -> DOTGraph {
        let g = result.graph
        var nodes: [NodeIndex] = []
        var relationships: [RelationshipIndex] = []
        var seenNodes: Set<NodeIndex> = []
        var seenRelationships: Set<RelationshipIndex> = []
        func collect(_ v: Value) {
            switch v {
            case .node(let n): if seenNodes.insert(n).inserted { nodes.append(n) }
            case .relationship(let r):
                if seenRelationships.insert(r).inserted { relationships.append(r) }
                collect(.node(g.startNode(of: r)))
                collect(.node(g.endNode(of: r)))
            case .path(let p):
                p.nodes.forEach { collect(.node($0)) }
                p.relationships.forEach { collect(.relationship($0)) }
            case .list(let items): items.forEach(collect)
            case .map(let m): m.forEach { collect($0.value) }
            default: break
            }
        }
        for row in result.rows { row.forEach(collect) }

        var d = AssessmentDOT.frame(name: "query result", label: nil)
        let links = SourceLinks(graph: g)
        guard !nodes.isEmpty else {
            d.node("empty", ["label": "The result has no nodes or relationships (\(result.rows.count) row(s))", "shape": "plaintext"])
            return d
        }
        for n in nodes {
            let id = g.id(of: n)
            let labels = g.labels(of: n)
            var title = id
            if case .string(let s)? = g.property("name", of: n), !s.isEmpty { title = s }
            var attributes: [DOTGraph.Attribute] = [
                .init("label", (labels.isEmpty ? "" : ":" + labels.joined(separator: ":") + "\n") + DOTGraph.wrapped(title, width: 32)),
                .init("shape", "box"), .init("style", "rounded,filled"), .init("fillcolor", color(labels.first)),
                .init("tooltip", id + (links.sourceNote(ofNode: id).map { "; " + $0 } ?? "")),
            ]
            if let url = links.url(forNode: id) { attributes += [.init("URL", url), .init("target", "_blank")] }
            d.node(id)
            for a in attributes { d.setAttribute(a, ofNode: id) }
        }
        for r in relationships {
            d.edge(g.id(of: g.startNode(of: r)), g.id(of: g.endNode(of: r)), ["label": g.typeName(of: r), "color": "#475569"])
        }
        return d
    }

    /// A fill colour per label, stable across runs (from the label's characters).
    static func color(_ label: String?) -> String {
        let palette = ["#dbeafe", "#dcfce7", "#fef9c3", "#ede9fe", "#fee2e2", "#e0f2fe", "#fae8ff", "#ffedd5", "#f1f5f9", "#ccfbf1"]
        guard let label else { return palette[8] }
        let sum = label.unicodeScalars.reduce(0) { ($0 &* 31 &+ Int($1.value)) & 0xFFFF }
        return palette[sum % palette.count]
    }
}
