/// Collects nodes and relationships, then ``freeze()``s them into an immutable ``Graph``.
///
/// Nodes are identified by a unique string id (the id the XML gave). Relationships may name
/// their endpoints by id before those nodes exist — across files, in any order; such
/// references are resolved when the graph is frozen, and the ones that stay unresolved are
/// reported by ``unresolvedReferences``.
///
/// ```swift
/// var b = GraphBuilder()
/// let e = try b.addNode(id: "everolimus", labels: ["Drug"], properties: ["name": .string("Everolimus")])
/// let m = try b.addNode(id: "mtor", labels: ["Target"])
/// b.addRelationship(type: "INHIBITS", from: e, to: m)
/// let graph = b.freeze()
/// ```
///
/// Null property values are not stored: in openCypher a property set to null is absent.
public struct GraphBuilder: Sendable {
    /// A relationship endpoint that named a node id no node has.
    public struct UnresolvedReference: Hashable, Sendable {
        /// The relationship type.
        public var type: String
        /// The missing node id.
        public var missingID: String
        /// Where the reference was written, when known.
        public var location: SourceLocation?
    }

    /// Why a node could not be added.
    public enum BuildError: Error, Hashable, Sendable, CustomStringConvertible {
        /// Another node already has this id; `firstLocation` is where it was defined.
        case duplicateID(String, firstLocation: SourceLocation?)

        public var description: String {
            switch self {
            case .duplicateID(let id, let first):
                return "duplicate id '\(id)'" + (first.map { " (first defined at \($0))" } ?? "")
            }
        }
    }

    /// Property keys that get a hash index per label when frozen. `id` and `name` by default.
    public var indexedPropertyKeys: Set<String> = ["id", "name"]

    var labels = SymbolTable()
    var types = SymbolTable()
    var keys = SymbolTable()
    var files = SymbolTable()

    var nodeIDs: [String] = []
    var idIndex: [String: Int32] = [:]
    var nodeLabelOffsets: [Int32] = [0]
    var nodeLabels: [UInt32] = []
    var nodePropOffsets: [Int32] = [0]
    var nodePropKeys: [UInt32] = []
    var nodePropValues: [PropertyValue] = []
    var nodeLocations: [PackedLocation] = []

    var relTypes: [UInt32] = []
    var relStarts: [Int32] = []
    var relEnds: [Int32] = []
    var relPropOffsets: [Int32] = [0]
    var relPropKeys: [UInt32] = []
    var relPropValues: [PropertyValue] = []
    var relLocations: [PackedLocation] = []
    /// Relationships whose endpoints were given by id: (relationship, start id?, end id?).
    var pending: [(rel: Int32, start: String?, end: String?)] = []

    private var anonymousCounter = 0

    /// An empty builder.
    public init() {}

    /// Number of nodes added so far.
    public var nodeCount: Int { nodeIDs.count }
    /// Number of relationships added so far.
    public var relationshipCount: Int { relTypes.count }

    /// The node with this id, if already added.
    public func node(withID id: String) -> NodeIndex? { idIndex[id].map(NodeIndex.init) }

    /// Adds a node.
    ///
    /// - Parameters:
    ///   - id: a unique id; `nil` generates one (`_:n<number>`) for anonymous nodes.
    ///   - labels: one or more labels (duplicates are dropped).
    ///   - properties: key/value pairs in order; a repeated key keeps its last value.
    ///   - location: where the node was defined.
    /// - Throws: ``BuildError/duplicateID(_:firstLocation:)``.
    @discardableResult
    public mutating func addNode(
        id: String? = nil,
        labels nodeLabelNames: [String],
        properties: KeyValuePairs<String, PropertyValue> = [:],
        location: SourceLocation? = nil
    ) throws(BuildError) -> NodeIndex {
        try addNode(id: id, labels: nodeLabelNames, propertyList: properties.map { ($0.key, $0.value) }, location: location)
    }

    /// Adds a node whose properties come as an array of pairs. See ``addNode(id:labels:properties:location:)``.
    @discardableResult
    public mutating func addNode(
        id: String?,
        labels nodeLabelNames: [String],
        propertyList: [(String, PropertyValue)],
        location: SourceLocation? = nil
    ) throws(BuildError) -> NodeIndex {
        var nodeID: String
        if let id {
            if let existing = idIndex[id] {
                throw .duplicateID(id, firstLocation: self.location(ofNode: Int(existing)))
            }
            nodeID = id
        } else {
            repeat {
                anonymousCounter += 1
                nodeID = "_:n\(anonymousCounter)"
            } while idIndex[nodeID] != nil
        }
        let index = Int32(nodeIDs.count)
        nodeIDs.append(nodeID)
        idIndex[nodeID] = index
        var seen: [UInt32] = []
        for name in nodeLabelNames {
            let l = labels.intern(name)
            if !seen.contains(l) { seen.append(l) }
        }
        nodeLabels.append(contentsOf: seen)
        nodeLabelOffsets.append(Int32(nodeLabels.count))
        let (k, v) = internProperties(propertyList)
        nodePropKeys.append(contentsOf: k)
        nodePropValues.append(contentsOf: v)
        nodePropOffsets.append(Int32(nodePropKeys.count))
        if let packed = pack(location, hasPrevious: !nodeLocations.isEmpty) {
            padAndAppend(packed, to: &nodeLocations, count: nodeIDs.count)
        }
        return NodeIndex(index)
    }

    /// Adds a relationship between two nodes already added.
    @discardableResult
    public mutating func addRelationship(
        type: String,
        from start: NodeIndex,
        to end: NodeIndex,
        properties: [(String, PropertyValue)] = [],
        location: SourceLocation? = nil
    ) -> RelationshipIndex {
        let r = Int32(relTypes.count)
        relTypes.append(types.intern(type))
        relStarts.append(start.rawValue)
        relEnds.append(end.rawValue)
        let (k, v) = internProperties(properties)
        relPropKeys.append(contentsOf: k)
        relPropValues.append(contentsOf: v)
        relPropOffsets.append(Int32(relPropKeys.count))
        if let packed = pack(location, hasPrevious: !relLocations.isEmpty) {
            padAndAppend(packed, to: &relLocations, count: relTypes.count)
        }
        return RelationshipIndex(r)
    }

    /// Adds a relationship whose endpoints are named by node id; the ids are resolved when
    /// the graph is frozen, so the nodes may be added later (or come from another file).
    public mutating func addRelationship(
        type: String,
        fromID start: String,
        toID end: String,
        properties: [(String, PropertyValue)] = [],
        location: SourceLocation? = nil
    ) {
        let s = idIndex[start]
        let e = idIndex[end]
        let r = addRelationship(
            type: type, from: NodeIndex(s ?? -1), to: NodeIndex(e ?? -1),
            properties: properties, location: location)
        if s == nil || e == nil {
            pending.append((r.rawValue, s == nil ? start : nil, e == nil ? end : nil))
        }
    }

    /// Endpoint ids that no node has (yet). Relationships with such endpoints are dropped by
    /// ``freeze()``; report these first.
    public var unresolvedReferences: [UnresolvedReference] {
        var result: [UnresolvedReference] = []
        for p in pending {
            let loc = location(ofRelationship: Int(p.rel))
            let type = types.names[Int(relTypes[Int(p.rel)])]
            for id in [p.start, p.end].compactMap({ $0 }) where idIndex[id] == nil {
                result.append(UnresolvedReference(type: type, missingID: id, location: loc))
            }
        }
        return result
    }

    /// Where node `i` was defined, if recorded.
    func location(ofNode i: Int) -> SourceLocation? { unpack(nodeLocations, i) }
    /// Where relationship `i` was defined, if recorded.
    func location(ofRelationship i: Int) -> SourceLocation? { unpack(relLocations, i) }

    private func unpack(_ locations: [PackedLocation], _ i: Int) -> SourceLocation? {
        guard i < locations.count, locations[i].line > 0 else { return nil }
        let p = locations[i]
        return SourceLocation(file: files.names[Int(p.file)], line: Int(p.line), column: Int(p.column))
    }

    /// Packs a location (interning its file); `nil` when nothing needs storing. Location
    /// arrays stay empty until the first located element, then are padded with zeros.
    private mutating func pack(_ location: SourceLocation?, hasPrevious: Bool) -> PackedLocation? {
        guard let location else { return hasPrevious ? PackedLocation(file: 0, line: 0, column: 0) : nil }
        return PackedLocation(
            file: files.intern(location.file),
            line: UInt32(clamping: location.line),
            column: UInt32(clamping: location.column))
    }

    private func padAndAppend(_ packed: PackedLocation, to list: inout [PackedLocation], count: Int) {
        if list.count < count - 1 {
            list.append(contentsOf: repeatElement(PackedLocation(file: 0, line: 0, column: 0), count: count - 1 - list.count))
        }
        list.append(packed)
    }

    /// Interns property keys; a repeated key keeps its last value, null values are dropped.
    private mutating func internProperties(_ props: [(String, PropertyValue)]) -> ([UInt32], [PropertyValue]) {
        var keyList: [UInt32] = []
        var values: [PropertyValue] = []
        keyList.reserveCapacity(props.count)
        values.reserveCapacity(props.count)
        for (name, value) in props {
            let k = keys.intern(name)
            if let existing = keyList.firstIndex(of: k) {
                keyList.remove(at: existing)
                values.remove(at: existing)
            }
            if !value.isNull {
                keyList.append(k)
                values.append(value)
            }
        }
        return (keyList, values)
    }
}
