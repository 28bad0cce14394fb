import EvidenceGraphCore

extension Value: CustomStringConvertible {
    /// A Cypher-literal rendering without graph context (nodes as `(#index)`).
    public var description: String { render(nil) }

    /// Renders the value the way the openCypher TCK writes results: `'text'`, `1.5`,
    /// `[1, 2]`, `{a: 1}`, `(:Label {k: 'v'})`, `[:TYPE {k: 1}]`, `<(:A)-[:T]->(:B)>`.
    /// With `graph`, nodes and relationships show their labels, type and properties.
    public func render(_ graph: Graph?) -> String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let d): return PropertyValue.format(d)
        case .string(let s): return PropertyValue.string(s).description
        case .list(let l): return "[" + l.map { $0.render(graph) }.joined(separator: ", ") + "]"
        case .map(let m): return "{" + m.map { "\($0.key): \($0.value.render(graph))" }.joined(separator: ", ") + "}"
        case .node(let n):
            guard let graph else { return "(#\(n.rawValue))" }
            let labels = graph.labels(of: n).map { ":" + $0 }.joined()
            let props = Value.renderProperties(graph.properties(of: n))
            return "(" + labels + (props.isEmpty ? "" : (labels.isEmpty ? "" : " ") + props) + ")"
        case .relationship(let r):
            guard let graph else { return "[#\(r.rawValue)]" }
            let props = Value.renderProperties(graph.properties(of: r))
            return "[:" + graph.typeName(of: r) + (props.isEmpty ? "" : " " + props) + "]"
        case .path(let p):
            guard let graph else { return "<path \(p.nodes.count) nodes>" }
            var text = "<" + Value.node(p.nodes[0]).render(graph)
            for (i, r) in p.relationships.enumerated() {
                let rel = Value.relationship(r).render(graph)
                if graph.startNode(of: r) == p.nodes[i] { text += "-" + rel + "->" } else { text += "<-" + rel + "-" }
                text += Value.node(p.nodes[i + 1]).render(graph)
            }
            return text + ">"
        case .temporal(let t): return PropertyValue.string(t.description).description
        }
    }

    private static func renderProperties(_ props: [(key: String, value: PropertyValue)]) -> String {
        props.isEmpty ? "" : "{" + props.map { "\($0.key): \(Value($0.value).render(nil))" }.joined(separator: ", ") + "}"
    }
}
