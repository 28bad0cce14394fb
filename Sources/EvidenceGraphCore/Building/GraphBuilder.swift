/// Collects nodes and relationships, then ``freeze()``s them into an immutable ``Graph``.
///
/// Nodes are identified by a unique string id (the id the XML gave). Relationships may name
/// their endpoints by id before those nodes exist — across files, in any order; such
/// references are resolved when the graph is frozen, and the ones that stay unresolved are
/// reported by `unresolvedReferences`.
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
/// Strings (ids and values) are interned: each distinct text is stored once.
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

        /// `duplicate id 'x' (first defined at file:line:column)`.
        public var description: String {
            switch self {
            case .duplicateID(let id, let first):
                return "duplicate id '\(id)'" + (first.map { " (first defined at \($0))" } ?? "")
            }
        }
    }

    /// One end of a relationship being added: a node already added, or a node id (an
    /// interned string) that is resolved when the graph is frozen.
    package enum Endpoint: Sendable {
        case node(NodeIndex)
        case id(UInt32)
    }

    /// Property keys that get a hash index per label when frozen. `id` and `name` by default.
    public var indexedPropertyKeys: Set<String> = ["id", "name"]

    var labels = SymbolTable()
    var types = SymbolTable()
    var keys = SymbolTable()
    var files = SymbolTable()
    var strings = StringTable()
    var lists = ListStore()

    /// The node whose id is string `ref`, or -1; may be shorter than `strings` (missing = -1).
    var nodeOfString: [Int32] = []
    var nodeIDRefs: [UInt32] = []
    var nodeLabelOffsets: [UInt32] = [0]
    var nodeLabels: [UInt32] = []
    var nodeProperties = PropertyColumns()
    var nodeLocations = LocationColumn()

    var relTypes: [UInt32] = []
    /// Endpoints: a node index (≥ 0), or `~ref` of a node id not yet seen (< 0).
    var relStarts: [Int32] = []
    var relEnds: [Int32] = []
    var relProperties = PropertyColumns()
    var relLocations = LocationColumn()
    /// Relationships added with an endpoint id that was unknown at the time.
    var pendingCount = 0

    private var anonymousCounter = 0

    /// An empty builder.
    public init() {}

    /// Number of nodes added so far.
    public var nodeCount: Int { nodeIDRefs.count }
    /// Number of relationships added so far.
    public var relationshipCount: Int { relTypes.count }

    /// The node with this id, if already added.
    public func node(withID id: String) -> NodeIndex? {
        strings.find(id).flatMap(node(ofString:))
    }

    /// Adds a node.
    ///
    /// - Parameters:
    ///   - id: a unique id; `nil` generates one (`_:n<number>`, never a text the builder
    ///     already holds) for anonymous nodes.
    ///   - nodeLabelNames: one or more labels (duplicates are dropped).
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
        let ref: UInt32
        if let id {
            ref = strings.intern(id)
        } else {
            // A text already interned is skipped, not only a live node's id: the id of a
            // node that an edit deleted is never given to a new node.
            var text: String
            repeat {
                anonymousCounter += 1
                text = "_:n\(anonymousCounter)"
            } while strings.find(text) != nil
            ref = strings.intern(text)
        }
        let node = try addNode(idRef: ref, at: packLocation(location))
        for name in nodeLabelNames { addLabelToLastNode(labels.intern(name)) }
        for (key, value) in propertyList { setLastNodeProperty(keySymbol(key), value) }
        return node
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
        let t = types.intern(type), at = packLocation(location)
        let r = addRelationship(type: t, from: .node(start), to: .node(end), at: at)
        for (key, value) in properties { setLastRelationshipProperty(keySymbol(key), value) }
        return r
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
        let s = strings.intern(start), e = strings.intern(end), t = types.intern(type), at = packLocation(location)
        addRelationship(type: t, from: .id(s), to: .id(e), at: at)
        for (key, value) in properties { setLastRelationshipProperty(keySymbol(key), value) }
    }

    /// Endpoint ids that no node has (yet). Relationships with such endpoints are dropped by
    /// ``freeze()``; report these first.
    public var unresolvedReferences: [UnresolvedReference] {
        guard pendingCount > 0 else { return [] }
        var result: [UnresolvedReference] = []
        for r in 0..<relTypes.count where relStarts[r] < 0 || relEnds[r] < 0 {
            for endpoint in [relStarts[r], relEnds[r]] where endpoint < 0 {
                let ref = UInt32(~endpoint)
                guard node(ofString: ref) == nil else { continue }
                result.append(UnresolvedReference(
                    type: types.names[Int(relTypes[r])], missingID: strings[ref], location: location(ofRelationship: r)))
            }
        }
        return result
    }

    /// Where node `i` was defined, if recorded.
    func location(ofNode i: Int) -> SourceLocation? { Self.unpack(nodeLocations.location(i), files) }
    /// Where relationship `i` was defined, if recorded.
    func location(ofRelationship i: Int) -> SourceLocation? { Self.unpack(relLocations.location(i), files) }

    private mutating func packLocation(_ l: SourceLocation?) -> (file: UInt32, line: Int, column: Int)? {
        guard let l else { return nil }
        return (files.intern(l.file), l.line, l.column)
    }

    static func unpack(_ l: (file: UInt32, line: Int, column: Int)?, _ files: SymbolTable) -> SourceLocation? {
        guard let l else { return nil }
        return SourceLocation(file: files.names[Int(l.file)], line: l.line, column: l.column)
    }
}
