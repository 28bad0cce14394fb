/// An immutable, in-memory property graph: nodes with labels, a unique string id and
/// properties; directed, typed relationships with properties.
///
/// A `Graph` is a value backed by frozen arrays (dense node indices, interned strings,
/// per-type CSR adjacency in both directions, a label index and hash indexes on
/// (label, property)); copying it is O(1) and any number of threads may read it at once.
/// Build one with ``GraphBuilder``.
public struct Graph: Sendable {
    let storage: GraphStorage

    init(storage: GraphStorage) { self.storage = storage }

    /// An empty graph.
    public init() { self.init(storage: GraphStorage(GraphBuilder())) }

    /// Number of nodes.
    public var nodeCount: Int { storage.nodeIDRefs.count }
    /// Number of relationships.
    public var relationshipCount: Int { storage.relTypes.count }

    /// All node indices, ascending.
    public var nodes: Range<Int> { 0..<nodeCount }
}

extension GraphBuilder {
    /// Freezes the builder into an immutable ``Graph``, building adjacency arrays and indexes.
    /// Relationships with `unresolvedReferences` are dropped.
    /// - Complexity: O(N + M), plus sorting the index entries and mixed-type adjacency segments.
    public consuming func freeze() -> Graph { Graph(storage: GraphStorage(self)) }

    /// A builder holding everything in `graph`, to which more can be added (used by `CREATE`).
    public init(_ graph: Graph) {
        let s = graph.storage
        self.init()
        indexedPropertyKeys = s.indexedKeyNames
        labels = s.labels; types = s.types; keys = s.keys; files = s.files
        strings = s.strings; lists = s.lists
        nodeOfString = s.nodeOfString; nodeIDRefs = s.nodeIDRefs
        nodeLabelOffsets = s.nodeLabelOffsets; nodeLabels = s.nodeLabels
        nodeProperties = s.nodeProperties; nodeLocations = s.nodeLocations
        relTypes = s.relTypes; relStarts = s.relStarts; relEnds = s.relEnds
        relProperties = s.relProperties; relLocations = s.relLocations
    }
}

// MARK: - Symbols

extension Graph {
    /// The label's symbol, or `nil` if no node has it.
    public func label(named name: String) -> LabelID? { storage.labels.symbol(name).map(LabelID.init) }
    /// The relationship type's symbol, or `nil` if no relationship has it.
    public func relationshipType(named name: String) -> RelationshipTypeID? {
        storage.types.symbol(name).map(RelationshipTypeID.init)
    }
    /// The property key's symbol, or `nil` if no node or relationship uses it.
    public func propertyKey(named name: String) -> PropertyKeyID? { storage.keys.symbol(name).map(PropertyKeyID.init) }

    /// The label's text.
    public func name(of label: LabelID) -> String { storage.labels.names[Int(label.rawValue)] }
    /// The relationship type's text.
    public func name(of type: RelationshipTypeID) -> String { storage.types.names[Int(type.rawValue)] }
    /// The property key's text.
    public func name(of key: PropertyKeyID) -> String { storage.keys.names[Int(key.rawValue)] }

    /// Every label in the graph, in first-seen order.
    public var labelNames: [String] { storage.labels.names }
    /// Every relationship type in the graph, in first-seen order.
    public var relationshipTypeNames: [String] { storage.types.names }
    /// Every property key in the graph, in first-seen order.
    public var propertyKeyNames: [String] { storage.keys.names }
}

// MARK: - Nodes

extension Graph {
    /// The node with this id (the id its source gave it). O(1).
    public func node(withID id: String) -> NodeIndex? {
        guard let ref = storage.strings.find(id) else { return nil }
        let n = storage.nodeOfString[Int(ref)]
        return n >= 0 ? NodeIndex(n) : nil
    }

    /// The node's unique string id.
    public func id(of node: NodeIndex) -> String { storage.strings[storage.nodeIDRefs[node.int]] }

    /// The node's labels.
    public func labelIDs(of node: NodeIndex) -> ArraySlice<UInt32> {
        storage.nodeLabels[Int(storage.nodeLabelOffsets[node.int])..<Int(storage.nodeLabelOffsets[node.int + 1])]
    }

    /// The node's label names, in the order they were given.
    public func labels(of node: NodeIndex) -> [String] {
        labelIDs(of: node).map { storage.labels.names[Int($0)] }
    }

    /// Whether the node carries `label`.
    @inlinable
    public func node(_ node: NodeIndex, hasLabel label: LabelID) -> Bool {
        labelIDs(of: node).contains(label.rawValue)
    }

    /// The nodes carrying `label`, ascending. O(1).
    public func nodes(withLabel label: LabelID) -> [NodeIndex] { storage.labelMembers[Int(label.rawValue)] }

    /// Number of nodes carrying `label`.
    public func nodeCount(withLabel label: LabelID) -> Int { storage.labelMembers[Int(label.rawValue)].count }

    /// The value of `key` on `node`, or `nil` when absent.
    @inlinable
    public func property(_ key: PropertyKeyID, of node: NodeIndex) -> PropertyValue? {
        nodeProperty(key.rawValue, node.int)
    }

    /// Calls `body` with the UTF-8 bytes of `node`'s string property `key`, without making a
    /// `String`; `nil` when the node has no such property or its value is not a string.
    public func withStringProperty<R>(
        _ key: PropertyKeyID, of node: NodeIndex, _ body: (UnsafeRawBufferPointer) throws -> R
    ) rethrows -> R? {
        guard let v = storage.nodeProperties.find(key.rawValue, in: node.int), let ref = v.stringRef else { return nil }
        return try storage.strings.withBytes(ref, body)
    }

    @usableFromInline
    func nodeProperty(_ key: UInt32, _ node: Int) -> PropertyValue? {
        storage.nodeProperties.find(key, in: node).map(storage.materialize)
    }

    /// The value of the property named `key` on `node`, or `nil` when absent.
    public func property(_ key: String, of node: NodeIndex) -> PropertyValue? {
        guard let k = propertyKey(named: key) else { return nil }
        return property(k, of: node)
    }

    /// The node's properties in their stored order.
    public func properties(of node: NodeIndex) -> [(key: String, value: PropertyValue)] {
        let s = storage
        return s.nodeProperties.range(node.int).map {
            let e = s.nodeProperties.entries[$0]
            return (s.keys.names[Int(e.key)], s.materialize(e.value))
        }
    }

    /// Where the node was defined, when its source recorded it.
    public func location(of node: NodeIndex) -> SourceLocation? {
        GraphBuilder.unpack(storage.nodeLocations.location(node.int), storage.files)
    }
}

// MARK: - Relationships

extension Graph {
    /// The relationship's type.
    public func type(of rel: RelationshipIndex) -> RelationshipTypeID { RelationshipTypeID(storage.relTypes[rel.int]) }
    /// The relationship's type name.
    public func typeName(of rel: RelationshipIndex) -> String { storage.types.names[Int(storage.relTypes[rel.int])] }
    /// The node the relationship starts at.
    public func startNode(of rel: RelationshipIndex) -> NodeIndex { NodeIndex(storage.relStarts[rel.int]) }
    /// The node the relationship ends at.
    public func endNode(of rel: RelationshipIndex) -> NodeIndex { NodeIndex(storage.relEnds[rel.int]) }

    /// The value of `key` on `rel`, or `nil` when absent.
    public func property(_ key: PropertyKeyID, of rel: RelationshipIndex) -> PropertyValue? {
        storage.relProperties.find(key.rawValue, in: rel.int).map(storage.materialize)
    }

    /// The value of the property named `key` on `rel`, or `nil` when absent.
    public func property(_ key: String, of rel: RelationshipIndex) -> PropertyValue? {
        guard let k = propertyKey(named: key) else { return nil }
        return property(k, of: rel)
    }

    /// The relationship's properties in their stored order.
    public func properties(of rel: RelationshipIndex) -> [(key: String, value: PropertyValue)] {
        let s = storage
        return s.relProperties.range(rel.int).map {
            let e = s.relProperties.entries[$0]
            return (s.keys.names[Int(e.key)], s.materialize(e.value))
        }
    }

    /// Where the relationship was defined, when its source recorded it.
    public func location(of rel: RelationshipIndex) -> SourceLocation? {
        GraphBuilder.unpack(storage.relLocations.location(rel.int), storage.files)
    }

    /// The relationships at `node` in one direction (`.outgoing` or `.incoming`), optionally
    /// of one type only. Entries are grouped by type. For `.both`, ask for each direction.
    /// - Complexity: O(log degree) to find a type's segment; the slice shares storage.
    @inline(__always)
    public func adjacency(of node: NodeIndex, _ direction: Direction, type: RelationshipTypeID? = nil) -> ArraySlice<AdjacencyEntry> {
        switch direction {
        case .outgoing, .both: return storage.outgoing.slice(node.int, type: type)
        case .incoming: return storage.incoming.slice(node.int, type: type)
        }
    }

    /// Number of relationships at `node` in a direction (`.both` counts a self-loop twice).
    public func degree(of node: NodeIndex, _ direction: Direction) -> Int {
        switch direction {
        case .outgoing: return storage.outgoing.degree(node.int)
        case .incoming: return storage.incoming.degree(node.int)
        case .both: return storage.outgoing.degree(node.int) + storage.incoming.degree(node.int)
        }
    }
}

// MARK: - Indexes

extension Graph {
    /// Whether there is a hash index on (`label`, `key`).
    public func hasIndex(label: LabelID, key: PropertyKeyID) -> Bool {
        storage.indexedKeyNames.contains(name(of: key))
    }

    /// Index seek: the nodes with `label` whose `key` equals `value` (numbers compare by value),
    /// ascending; `nil` when there is no index on (`label`, `key`). O(1) expected.
    public func nodes(withLabel label: LabelID, where key: PropertyKeyID, equals value: PropertyValue) -> [NodeIndex]? {
        guard hasIndex(label: label, key: key) else { return nil }
        let s = storage
        let index = s.propertyIndexes[GraphStorage.IndexKey(label: label.rawValue, key: key.rawValue)]
        guard case .string(let text) = value else { return index?.nodes(withOther: value) ?? [] }
        guard let ref = s.strings.find(text) else { return [] }
        var result = index?.nodes(withString: ref) ?? []
        // A node whose value is its own id is not in the index: the id map finds it.
        let owner = s.nodeOfString[Int(ref)]
        if owner >= 0, node(NodeIndex(owner), hasLabel: label),
           s.nodeProperties.find(key.rawValue, in: Int(owner)) == .string(ref) {
            let at = result.firstIndex { $0.rawValue > owner } ?? result.endIndex
            result.insert(NodeIndex(owner), at: at)
        }
        return result
    }

    /// Property keys that are indexed for every label.
    public var indexedPropertyKeys: Set<String> { storage.indexedKeyNames }
}
