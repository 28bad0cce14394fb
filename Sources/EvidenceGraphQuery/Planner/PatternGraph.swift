import EvidenceGraphCore

/// A `MATCH` pattern flattened for planning: distinct node variables, relationships between
/// them by index, and the named paths to assemble once everything is bound.
struct PatternGraph {
    struct Node {
        var name: String
        var slot: Int
        var labels: [String]
        var properties: [Expression] = []
        /// Bound by an earlier clause (or the outer query of a subquery).
        var boundBefore: Bool
    }

    struct Relationship {
        var name: String
        var slot: Int
        var types: [String]
        var left: Int
        var right: Int
        var direction: RelationshipPattern.Direction
        var length: RelationshipPattern.Length?
        var properties: Expression?
        /// The slot of a same-named relationship bound by an earlier clause.
        var boundSlot: Int?

        var isVariableLength: Bool { length != nil }
    }

    var nodes: [Node] = []
    var relationships: [Relationship] = []
    var paths: [(slot: Int, expression: CompiledExpression)] = []
    /// The scope after the pattern: the incoming one plus every named variable it binds.
    var scope: Scope
    /// Slots the pattern binds (named or anonymous), nulled when an OPTIONAL MATCH fails.
    var newSlots: [Int] = []
    /// A relationship variable written twice in the pattern (a uniqueness violation).
    var repeatedRelationship: Variable?

    init(_ pattern: Pattern, scope incoming: Scope, context: PlannerContext) {
        scope = incoming
        var nodeByName: [String: Int] = [:]
        var anonymous = 0

        func nodeIndex(_ p: NodePattern) -> Int {
            if let name = p.variable?.name, let existing = nodeByName[name] {
                nodes[existing].labels += p.labels.filter { !nodes[existing].labels.contains($0) }
                if let props = p.properties { nodes[existing].properties.append(props) }
                return existing
            }
            let name: String
            let slot: Int
            var bound = false
            if let v = p.variable?.name {
                name = v
                if let s = incoming[v] {
                    slot = s
                    bound = true
                } else {
                    slot = context.allocateSlot()
                    scope[v] = slot
                    newSlots.append(slot)
                }
            } else {
                anonymous += 1
                name = "anon_\(anonymous)"
                slot = context.allocateSlot()
                newSlots.append(slot)
            }
            nodes.append(Node(name: name, slot: slot, labels: p.labels, properties: p.properties.map { [$0] } ?? [], boundBefore: bound))
            nodeByName[name] = nodes.count - 1
            return nodes.count - 1
        }

        for part in pattern.parts {
            var current = nodeIndex(part.element.start)
            let startSlot = nodes[current].slot
            var steps: [CompiledExpression.PathStep] = []
            for step in part.element.steps {
                let next = nodeIndex(step.node)
                let rp = step.relationship
                let slot = context.allocateSlot()
                newSlots.append(slot)
                var name: String
                var boundSlot: Int?
                if let v = rp.variable?.name {
                    name = v
                    if relationships.contains(where: { $0.name == v }) { repeatedRelationship = rp.variable }
                    if let s = incoming[v] { boundSlot = s } else { scope[v] = slot }
                } else {
                    anonymous += 1
                    name = "anon_\(anonymous)"
                }
                relationships.append(Relationship(
                    name: name, slot: slot, types: rp.types, left: current, right: next, direction: rp.direction,
                    length: rp.length, properties: rp.properties, boundSlot: boundSlot))
                steps.append(.init(relationship: slot, isVariableLength: rp.length != nil, node: nodes[next].slot))
                current = next
            }
            if let p = part.pathVariable {
                let slot = context.allocateSlot()
                scope[p.name] = slot
                newSlots.append(slot)
                paths.append((slot, .path(start: startSlot, steps: steps)))
            }
        }
    }

    /// `(a)-[r:T]->(b)` for plan text, seen from `from`.
    func describe(_ r: Relationship, from: Int) -> String {
        let types = r.types.isEmpty ? "" : ":" + r.types.joined(separator: "|")
        var length = ""
        if let l = r.length {
            length = "*\(l.minimum ?? 1)..\(l.maximum.map(String.init) ?? "")"
        }
        let body = "[\(r.name)\(types)\(length)]"
        let a = "(\(nodes[from].name))", b = "(\(nodes[from == r.left ? r.right : r.left].name))"
        let forward = from == r.left
        switch r.direction {
        case .either: return a + "-" + body + "-" + b
        case .outgoing: return forward ? a + "-" + body + "->" + b : a + "<-" + body + "-" + b
        case .incoming: return forward ? a + "<-" + body + "-" + b : a + "-" + body + "->" + b
        }
    }
}
