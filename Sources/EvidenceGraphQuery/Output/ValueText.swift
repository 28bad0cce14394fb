import EvidenceGraphCore

/// Renders query values as Cypher-style literal text for terminals and CSV:
/// `'text'`, `1`, `1.5`, `[1, 2]`, `{k: 1}`, `(:Drug {id: 'x'})`, `[:TARGETS {…}]`, paths `<(…)-[…]->(…)>`.
public enum ValueText {
    /// The literal text of `value`. Top-level strings are shown bare when `bareStrings` is set.
    public static func render(_ value: Value, in graph: Graph, bareStrings: Bool = false) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let d): return PropertyValue.format(d)
        case .string(let s): return bareStrings ? s : PropertyValue.string(s).description
        case .list(let l): return "[" + l.map { render($0, in: graph) }.joined(separator: ", ") + "]"
        case .map(let m): return "{" + m.map { "\($0.key): \(render($0.value, in: graph))" }.joined(separator: ", ") + "}"
        case .node(let n): return node(n, in: graph)
        case .relationship(let r): return relationship(r, in: graph)
        case .path(let p):
            var text = "<" + node(p.nodes[0], in: graph)
            for (i, r) in p.relationships.enumerated() {
                let forward = graph.startNode(of: r) == p.nodes[i]
                text += (forward ? "-" : "<-") + relationship(r, in: graph) + (forward ? "->" : "-")
                text += node(p.nodes[i + 1], in: graph)
            }
            return text + ">"
        }
    }

    static func node(_ n: NodeIndex, in graph: Graph) -> String {
        let labels = graph.labels(of: n).map { ":" + $0 }.joined()
        let props = propertyText(graph.properties(of: n))
        return "(" + labels + (labels.isEmpty || props.isEmpty ? "" : " ") + props + ")"
    }

    static func relationship(_ r: RelationshipIndex, in graph: Graph) -> String {
        let props = propertyText(graph.properties(of: r))
        return "[:" + graph.typeName(of: r) + (props.isEmpty ? "" : " " + props) + "]"
    }

    static func propertyText(_ props: [(key: String, value: PropertyValue)]) -> String {
        props.isEmpty ? "" : "{" + props.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}"
    }
}
