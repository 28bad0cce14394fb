import EvidenceGraphCore

/// Renumbers the nodes and relationships inside values after a deletion rebuilt the
/// graph (see `EvidenceGraphCore/EditedGraph`); deleted elements become null, and so do
/// paths through them.
struct ElementRemapping {
    let nodes: [Int32]
    let relationships: [Int32]

    /// Rewrites `value` in place; scalars are left untouched.
    func apply(_ value: inout Value) {
        switch value {
        case .node(let n): value = node(n).map(Value.node) ?? .null
        case .relationship(let r): value = relationship(r).map(Value.relationship) ?? .null
        case .path(let p):
            var ns: [NodeIndex] = [], rs: [RelationshipIndex] = []
            ns.reserveCapacity(p.nodes.count)
            rs.reserveCapacity(p.relationships.count)
            for n in p.nodes {
                guard let m = node(n) else { value = .null; return }
                ns.append(m)
            }
            for r in p.relationships {
                guard let m = relationship(r) else { value = .null; return }
                rs.append(m)
            }
            value = .path(PathValue(nodes: ns, relationships: rs))
        case .list(var items):
            for i in items.indices { apply(&items[i]) }
            value = .list(items)
        case .map(var entries):
            for i in entries.indices { apply(&entries[i].value) }
            value = .map(entries)
        default: return
        }
    }

    private func node(_ n: NodeIndex) -> NodeIndex? {
        let m = nodes[n.int]
        return m < 0 ? nil : NodeIndex(m)
    }

    private func relationship(_ r: RelationshipIndex) -> RelationshipIndex? {
        let m = relationships[r.int]
        return m < 0 ? nil : RelationshipIndex(m)
    }
}
