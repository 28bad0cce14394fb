import EvidenceGraphCore
import EvidenceGraphQuery

extension TCKValue {
    /// The structural description of an engine value: nodes and relationships become their
    /// labels, type and properties as stored in `graph` (the result's graph), paths their
    /// hops with directions. An index outside `graph` becomes a string saying so, so that the
    /// comparison fails instead of the runner crashing.
    package init(_ value: Value, in graph: Graph) {
        switch value {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .float(let d): self = .float(d)
        case .string(let s): self = .string(s)
        case .list(let items): self = .list(items.map { TCKValue($0, in: graph) })
        case .map(let entries):
            var map: [String: TCKValue] = [:]
            for (key, item) in entries { map[key] = TCKValue(item, in: graph) }
            self = .map(map)
        case .node(let n):
            guard n.int >= 0, n.int < graph.nodeCount else { self = .string("<node \(n.int) not in the result graph>"); return }
            self = .node(TCKNode(n, in: graph))
        case .relationship(let r):
            guard r.int >= 0, r.int < graph.relationshipCount else {
                self = .string("<relationship \(r.int) not in the result graph>"); return
            }
            self = .relationship(TCKRelationship(r, in: graph))
        case .path(let p):
            self = TCKValue.path(p, in: graph)
        case .temporal(let t):
            // The TCK writes temporal results as their ISO 8601 text in a string literal.
            self = .string(t.description)
        }
    }

    private static func path(_ p: PathValue, in graph: Graph) -> TCKValue {
        guard let first = p.nodes.first, p.relationships.count == p.nodes.count - 1,
              p.nodes.allSatisfy({ $0.int >= 0 && $0.int < graph.nodeCount }),
              p.relationships.allSatisfy({ $0.int >= 0 && $0.int < graph.relationshipCount })
        else { return .string("<malformed path: \(p.nodes.count) nodes, \(p.relationships.count) relationships>") }
        var path = TCKPath(start: TCKNode(first, in: graph))
        for (i, rel) in p.relationships.enumerated() {
            let from = p.nodes[i], to = p.nodes[i + 1]
            let start = graph.startNode(of: rel), end = graph.endNode(of: rel)
            guard (start == from && end == to) || (start == to && end == from) else {
                return .string("<malformed path: relationship \(rel.int) does not join its neighbours>")
            }
            path.steps.append(.init(relationship: TCKRelationship(rel, in: graph), forward: start == from,
                                    node: TCKNode(to, in: graph)))
        }
        return .path(path)
    }

    /// Lifts a stored property value.
    init(_ property: PropertyValue) {
        switch property {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .float(let d): self = .float(d)
        case .string(let s):
            if case .temporal(let t) = Value(property) { self = .string(t.description) } else { self = .string(s) }
        case .date:
            if case .temporal(let t) = Value(property) { self = .string(t.description) } else { self = .null }
        case .list(let items): self = .list(items.map(TCKValue.init))
        }
    }
}

extension TCKNode {
    /// The labels and properties of `node` in `graph`.
    package init(_ node: NodeIndex, in graph: Graph) {
        self.init(labels: graph.labels(of: node), properties: Self.properties(graph.properties(of: node)))
    }

    static func properties(_ list: [(key: String, value: PropertyValue)]) -> [String: TCKValue] {
        var map: [String: TCKValue] = [:]
        for (key, value) in list where !value.isNull { map[key] = TCKValue(value) }
        return map
    }
}

extension TCKRelationship {
    /// The type and properties of `rel` in `graph`.
    package init(_ rel: RelationshipIndex, in graph: Graph) {
        self.init(type: graph.typeName(of: rel), properties: TCKNode.properties(graph.properties(of: rel)))
    }
}
