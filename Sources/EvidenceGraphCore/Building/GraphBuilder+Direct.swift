/// The builder's direct interface for this package's readers: symbols and interned strings
/// instead of `String`s, so that a parser can hand over bytes from its own buffers and
/// build a node or relationship without allocating.
///
/// Properties and labels always go to the node (relationship) added last.
extension GraphBuilder {
    /// The reference of a UTF-8 text, interning it when new.
    @inline(__always)
    package mutating func intern(_ bytes: UnsafeRawBufferPointer) -> UInt32 { strings.intern(bytes) }

    /// The reference of a string, interning it when new.
    package mutating func intern(_ string: String) -> UInt32 { strings.intern(string) }

    /// The text of an interned string.
    package func string(_ ref: UInt32) -> String { strings[ref] }

    package mutating func labelSymbol(_ name: String) -> UInt32 { labels.intern(name) }
    package mutating func typeSymbol(_ name: String) -> UInt32 { types.intern(name) }
    package mutating func keySymbol(_ name: String) -> UInt32 {
        let k = keys.intern(name)
        precondition(Int(k) < PackedProperty.maxKeys, "too many distinct property keys")
        return k
    }
    package mutating func fileSymbol(_ name: String) -> UInt32 { files.intern(name) }

    /// The node whose id is string `ref`, if added.
    @inline(__always)
    package func node(ofString ref: UInt32) -> NodeIndex? {
        let i = Int(ref)
        guard i < nodeOfString.count, nodeOfString[i] >= 0 else { return nil }
        return NodeIndex(nodeOfString[i])
    }

    /// Adds a node with id `ref` and no labels or properties yet.
    /// - Throws: ``BuildError/duplicateID(_:firstLocation:)`` (and adds nothing).
    @inline(__always)
    package mutating func addNode(idRef ref: UInt32, at place: (file: UInt32, line: Int, column: Int)?) throws(BuildError) -> NodeIndex {
        if let existing = node(ofString: ref) {
            throw .duplicateID(strings[ref], firstLocation: location(ofNode: existing.int))
        }
        let index = nodeIDRefs.count
        precondition(index < Int(Int32.max), "too many nodes")
        let i = Int(ref)
        if nodeOfString.count <= i {
            nodeOfString.append(contentsOf: repeatElement(-1, count: i + 1 - nodeOfString.count))
        }
        nodeOfString[i] = Int32(index)
        nodeIDRefs.append(ref)
        nodeLabelOffsets.append(nodeLabelOffsets[nodeLabelOffsets.count - 1])
        nodeProperties.appendOwner()
        if let place { nodeLocations.record(index, file: place.file, line: place.line, column: place.column) }
        return NodeIndex(Int32(index))
    }

    /// Adds a label to the last node (a label it has is not added twice).
    @inline(__always)
    package mutating func addLabelToLastNode(_ label: UInt32) {
        let start = Int(nodeLabelOffsets[nodeLabelOffsets.count - 2])
        if nodeLabels[start...].contains(label) { return }
        nodeLabels.append(label)
        nodeLabelOffsets[nodeLabelOffsets.count - 1] += 1
    }

    /// Sets a property of the last node (a repeated key keeps its last value).
    @inline(__always)
    package mutating func setLastNodeProperty(_ key: UInt32, _ value: PackedValue) {
        nodeProperties.setOnLast(key, value)
    }

    /// Sets a property of the last node; null removes it.
    package mutating func setLastNodeProperty(_ key: UInt32, _ value: PropertyValue) {
        if let packed = pack(value) { nodeProperties.setOnLast(key, packed) } else { nodeProperties.removeFromLast(key) }
    }

    /// Adds a relationship with no properties yet.
    @discardableResult
    @inline(__always)
    package mutating func addRelationship(
        type: UInt32, from start: Endpoint, to end: Endpoint, at location: (file: UInt32, line: Int, column: Int)?
    ) -> RelationshipIndex {
        let r = relTypes.count
        precondition(r < Int(Int32.max), "too many relationships")
        let s = resolve(start), e = resolve(end)
        if s < 0 || e < 0 { pendingCount += 1 }
        relTypes.append(type)
        relStarts.append(s)
        relEnds.append(e)
        relProperties.appendOwner()
        if let location { relLocations.record(r, file: location.file, line: location.line, column: location.column) }
        return RelationshipIndex(Int32(r))
    }

    /// Sets a property of the last relationship (a repeated key keeps its last value).
    @inline(__always)
    package mutating func setLastRelationshipProperty(_ key: UInt32, _ value: PackedValue) {
        relProperties.setOnLast(key, value)
    }

    /// Sets a property of the last relationship; null removes it.
    package mutating func setLastRelationshipProperty(_ key: UInt32, _ value: PropertyValue) {
        if let packed = pack(value) { relProperties.setOnLast(key, packed) } else { relProperties.removeFromLast(key) }
    }

    /// Stores a list value; `items` may hold `.null` kinds.
    package mutating func makeList(_ items: [PackedValue]) -> PackedValue { .list(lists.append(items)) }

    /// Hints at the final size, so arrays do not regrow while reading.
    package mutating func reserveCapacity(nodes: Int, relationships: Int, nodeProperties np: Int, relationshipProperties rp: Int) {
        nodeIDRefs.reserveCapacity(nodes)
        nodeLabelOffsets.reserveCapacity(nodes + 1)
        nodeLabels.reserveCapacity(nodes)
        nodeProperties.reserveCapacity(owners: nodes, entries: np)
        nodeLocations.reserveCapacity(nodes)
        relTypes.reserveCapacity(relationships)
        relStarts.reserveCapacity(relationships)
        relEnds.reserveCapacity(relationships)
        relProperties.reserveCapacity(owners: relationships, entries: rp)
        relLocations.reserveCapacity(relationships)
        strings.reserveCapacity(nodes * 2)
    }

    /// Hints at the total UTF-8 bytes of distinct strings to come.
    package mutating func reserveStringBytes(_ n: Int) { strings.reserveBytes(n) }

    /// The packed form of a value (interning strings, storing lists); `nil` for null.
    package mutating func pack(_ value: PropertyValue) -> PackedValue? {
        switch value {
        case .null: return nil
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .float(let d): return .float(d)
        case .string(let s): return .string(strings.intern(s))
        case .date(let d): return .date(d)
        case .list(let items):
            let packed = items.map { pack($0) ?? PackedValue(kind: .null, bits: 0) }
            return .list(lists.append(packed))
        }
    }

    @inline(__always)
    private func resolve(_ endpoint: Endpoint) -> Int32 {
        switch endpoint {
        case .node(let n): return n.rawValue
        case .id(let ref):
            if let n = node(ofString: ref) { return n.rawValue }
            precondition(ref < UInt32(Int32.max), "too many strings")
            return ~Int32(ref)
        }
    }
}
