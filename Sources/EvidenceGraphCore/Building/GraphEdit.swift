/// Changes to the existing nodes and relationships of a graph, applied in one step by
/// ``Graph/applying(_:)`` (the query language's `SET`, `REMOVE` and `DELETE`).
///
/// An entry replaces the whole label list or property list of its element; elements
/// without an entry keep theirs. Deleting a node does not delete its relationships:
/// relationships whose endpoint is deleted are dropped by ``Graph/applying(_:)``, so callers
/// that must refuse that (openCypher's `DELETE` without `DETACH`) check first.
public struct GraphEdit: Sendable {
    /// New label lists, by node.
    public var nodeLabels: [NodeIndex: [String]] = [:]
    /// New property lists, by node (null values are not stored).
    public var nodeProperties: [NodeIndex: [(String, PropertyValue)]] = [:]
    /// New property lists, by relationship (null values are not stored).
    public var relationshipProperties: [RelationshipIndex: [(String, PropertyValue)]] = [:]
    /// Nodes to delete.
    public var deletedNodes: Set<NodeIndex> = []
    /// Relationships to delete.
    public var deletedRelationships: Set<RelationshipIndex> = []

    /// An edit that changes nothing.
    public init() {}

    /// Whether the edit changes nothing.
    public var isEmpty: Bool {
        nodeLabels.isEmpty && nodeProperties.isEmpty && relationshipProperties.isEmpty
            && deletedNodes.isEmpty && deletedRelationships.isEmpty
    }
}

/// The graph an edit produced, and where each old element went.
public struct EditedGraph: Sendable {
    /// The new graph.
    public var graph: Graph
    /// New index of each old node, or -1 when it was deleted. Empty when nothing was
    /// deleted (indices are unchanged).
    public var nodeMap: [Int32]
    /// New index of each old relationship, or -1 when it was deleted (or lost an
    /// endpoint). Empty when nothing was deleted.
    public var relationshipMap: [Int32]
}

extension Graph {
    /// A new graph with `edit` applied; `self` is unchanged. Nodes and relationships keep
    /// their relative order, ids, locations, and their indices when nothing is deleted.
    /// - Complexity: O(N + M): the graph is rebuilt.
    public func applying(_ edit: GraphEdit) -> EditedGraph {
        let s = storage
        var b = GraphBuilder()
        b.indexedPropertyKeys = s.indexedKeyNames
        b.labels = s.labels; b.types = s.types; b.keys = s.keys; b.files = s.files
        b.strings = s.strings; b.lists = s.lists
        let deletes = !edit.deletedNodes.isEmpty || !edit.deletedRelationships.isEmpty
        b.reserveCapacity(nodes: nodeCount, relationships: relationshipCount,
                          nodeProperties: s.nodeProperties.entries.count, relationshipProperties: s.relProperties.entries.count)

        var nodeMap = [Int32](repeating: -1, count: nodeCount)
        for i in 0..<nodeCount {
            let n = NodeIndex(Int32(i))
            if deletes, edit.deletedNodes.contains(n) { continue }
            // Ids were unique in `self`, so adding them again cannot fail.
            guard let added = try? b.addNode(idRef: s.nodeIDRefs[i], at: s.nodeLocations.location(i)) else { continue }
            nodeMap[i] = added.rawValue
            if let names = edit.nodeLabels[n] {
                for name in names { b.addLabelToLastNode(b.labelSymbol(name)) }
            } else {
                for p in Int(s.nodeLabelOffsets[i])..<Int(s.nodeLabelOffsets[i + 1]) { b.addLabelToLastNode(s.nodeLabels[p]) }
            }
            if let properties = edit.nodeProperties[n] {
                for (key, value) in properties { b.setLastNodeProperty(b.keySymbol(key), value) }
            } else {
                for p in s.nodeProperties.range(i) {
                    let e = s.nodeProperties.entries[p]
                    b.setLastNodeProperty(e.key, e.value)
                }
            }
        }

        var relationshipMap = [Int32](repeating: -1, count: deletes ? relationshipCount : 0)
        for r in 0..<relationshipCount {
            let rel = RelationshipIndex(Int32(r))
            let start = nodeMap[Int(s.relStarts[r])], end = nodeMap[Int(s.relEnds[r])]
            if deletes, start < 0 || end < 0 || edit.deletedRelationships.contains(rel) { continue }
            let added = b.addRelationship(type: s.relTypes[r], from: .node(NodeIndex(start)), to: .node(NodeIndex(end)),
                                          at: s.relLocations.location(r))
            if deletes { relationshipMap[r] = added.rawValue }
            if let properties = edit.relationshipProperties[rel] {
                for (key, value) in properties { b.setLastRelationshipProperty(b.keySymbol(key), value) }
            } else {
                for p in s.relProperties.range(r) {
                    let e = s.relProperties.entries[p]
                    b.setLastRelationshipProperty(e.key, e.value)
                }
            }
        }
        return EditedGraph(graph: b.freeze(), nodeMap: deletes ? nodeMap : [], relationshipMap: relationshipMap)
    }
}
