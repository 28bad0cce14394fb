import EvidenceGraphCore

/// The changes one `SET`, `REMOVE` or `DELETE` clause (or one `MERGE` action) collects
/// against the current graph, before ``commit(_:rows:)`` turns them into a new graph.
///
/// Reads inside the clause see the graph as it was before the clause; the element's
/// pending label or property list is what later items of the clause change.
struct GraphEditor {
    private(set) var edit = GraphEdit()
    /// Nodes deleted with `DETACH`: their relationships go with them.
    private var detached: Set<NodeIndex> = []

    /// Changes the property list of a node or relationship; nothing for null.
    /// - Throws: `TypeError` for any other value.
    mutating func updateProperties(of target: Value, _ graph: Graph, clause: String,
                                   _ body: (inout [(String, PropertyValue)]) throws(QueryError) -> Void) throws(QueryError) {
        switch target {
        case .null: return
        case .node(let n):
            var properties = edit.nodeProperties[n] ?? graph.properties(of: n).map { ($0.key, $0.value) }
            try body(&properties)
            edit.nodeProperties[n] = properties
        case .relationship(let r):
            var properties = edit.relationshipProperties[r] ?? graph.properties(of: r).map { ($0.key, $0.value) }
            try body(&properties)
            edit.relationshipProperties[r] = properties
        default:
            throw .typeError("\(clause) needs a node or relationship, got \(target.typeName)", detail: .invalidArgumentType)
        }
    }

    /// Changes the labels of a node; nothing for null. Returns how many labels the change
    /// added (positive) or removed (negative).
    /// - Throws: `TypeError` for any other value.
    mutating func updateLabels(of target: Value, _ graph: Graph, clause: String,
                               _ body: (inout [String]) -> Void) throws(QueryError) -> Int {
        switch target {
        case .null: return 0
        case .node(let n):
            var labels = edit.nodeLabels[n] ?? graph.labels(of: n)
            let before = labels.count
            body(&labels)
            edit.nodeLabels[n] = labels
            return labels.count - before
        default:
            throw .typeError("\(clause) labels needs a node, got \(target.typeName)", detail: .invalidArgumentType)
        }
    }

    /// Marks a node, relationship, path (all its elements) or null (nothing) for deletion.
    /// - Throws: `TypeError` for any other value.
    mutating func delete(_ value: Value, detach: Bool) throws(QueryError) {
        switch value {
        case .null: return
        case .node(let n):
            edit.deletedNodes.insert(n)
            if detach { detached.insert(n) }
        case .relationship(let r): edit.deletedRelationships.insert(r)
        case .path(let p):
            for r in p.relationships { edit.deletedRelationships.insert(r) }
            for n in p.nodes {
                edit.deletedNodes.insert(n)
                if detach { detached.insert(n) }
            }
        default:
            throw .typeError("DELETE needs a node, relationship or path, got \(value.typeName)", detail: .invalidArgumentType)
        }
    }

    /// Applies the changes: the new graph becomes `ctx.graph`; after deletions, the
    /// buffered `rows` are renumbered (deleted elements read as null).
    /// - Throws: `ConstraintVerificationFailed` `DeleteConnectedNode` when a node deleted
    ///   without `DETACH` keeps a relationship that is not deleted too.
    mutating func commit(_ ctx: ExecutionContext, rows: inout [Row]) throws(QueryError) {
        guard !edit.isEmpty else { return }
        let graph = ctx.graph
        for n in detached {
            for direction in [Direction.outgoing, .incoming] {
                for entry in graph.adjacency(of: n, direction) { edit.deletedRelationships.insert(entry.relationship) }
            }
        }
        for n in edit.deletedNodes where !detached.contains(n) {
            for direction in [Direction.outgoing, .incoming] {
                for entry in graph.adjacency(of: n, direction) where !edit.deletedRelationships.contains(entry.relationship) {
                    throw QueryError(code: .constraintVerificationFailed, detail: .deleteConnectedNode, phase: .runtime,
                                     message: "cannot delete a node that still has relationships; use DETACH DELETE")
                }
            }
        }
        ctx.statistics.nodesDeleted += edit.deletedNodes.count
        ctx.statistics.relationshipsDeleted += edit.deletedRelationships.count
        let edited = graph.applying(edit)
        ctx.graph = edited.graph
        edit = GraphEdit()
        detached = []
        guard !edited.nodeMap.isEmpty else { return }
        let remap = ElementRemapping(nodes: edited.nodeMap, relationships: edited.relationshipMap)
        ctx.remappings.append(remap)
        for i in rows.indices {
            for s in rows[i].indices { remap.apply(&rows[i][s]) }
        }
    }
}
