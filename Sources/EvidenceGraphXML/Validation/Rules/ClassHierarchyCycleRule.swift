import EvidenceGraphCore

/// `class-hierarchy-cycle`: a cycle in a hierarchy (drug classes' `SUBCLASS_OF`, diseases'
/// `SUBTYPE_OF`); reported once per cycle, at its first node in graph order.
public struct ClassHierarchyCycleRule: ValidationRule {
    /// The rule its findings carry, `class-hierarchy-cycle`.
    public let rule: Diagnostic.Rule = .classHierarchyCycle
    /// `class-hierarchy-cycle` findings are errors.
    public let severity = Diagnostic.Severity.error
    /// The rule; it has no settings.
    public init() {}

    /// The hierarchy relationship types (from `EvidenceModel`: a reference whose owner
    /// and target are the same kind of entity, named `parent`).
    static let hierarchyTypes: [String] = EvidenceModel.references.filter { $0.name == "parent" }.map(\.type)

    /// `class-hierarchy-cycle`: one finding per cycle in the `SUBCLASS_OF` / `SUBTYPE_OF` hierarchies,
    /// at its first node in graph order.
    public func check(_ loaded: LoadedGraph) -> [Diagnostic] {
        let g = loaded.graph
        var results: [Diagnostic] = []
        for typeName in Self.hierarchyTypes {
            guard let type = g.relationshipType(named: typeName) else { continue }
            // Iterative depth-first search: 0 = new, 1 = on the stack, 2 = done.
            var state = [UInt8](repeating: 0, count: g.nodeCount)
            var reported = Set<NodeIndex>()
            for root in g.nodes where state[root] == 0 {
                var stack: [(node: NodeIndex, next: Int)] = [(NodeIndex(root), 0)]
                state[root] = 1
                while let top = stack.last {
                    let edges = g.adjacency(of: top.node, .outgoing, type: type)
                    if top.next < edges.count {
                        stack[stack.count - 1].next += 1
                        let m = edges[edges.startIndex + top.next].neighbor
                        if state[m.int] == 0 {
                            state[m.int] = 1
                            stack.append((m, 0))
                        } else if state[m.int] == 1 {
                            let cycle = stack.drop { $0.node != m }.map(\.node)
                            let first = cycle.min()!
                            if reported.insert(first).inserted {
                                let path = (cycle + [m]).map { "'\(g.id(of: $0))'" }.joined(separator: " → ")
                                results.append(finding("\(typeName) cycle: \(path)", at: g.location(of: first)))
                            }
                        }
                    } else {
                        state[top.node.int] = 2
                        stack.removeLast()
                    }
                }
            }
        }
        return results
    }
}
