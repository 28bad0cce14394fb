/// The frozen arrays behind a ``Graph``. Immutable after construction, hence `Sendable`.
///
/// Per node: its id (a string reference), labels, properties and location; per
/// relationship: type, endpoints, properties and location; CSR adjacency in both directions;
/// the nodes of each label; equality indexes on (label, key) for the indexed keys.
final class GraphStorage: Sendable {
    let labels: SymbolTable
    let types: SymbolTable
    let keys: SymbolTable
    let files: SymbolTable
    let strings: StringTable
    let lists: ListStore

    /// The node whose id is string `ref`, or -1 (indexed by every string reference).
    let nodeOfString: [Int32]
    let nodeIDRefs: [UInt32]
    let nodeLabelOffsets: [UInt32]
    let nodeLabels: [UInt32]
    let nodeProperties: PropertyColumns
    let nodeLocations: LocationColumn

    let relTypes: [UInt32]
    let relStarts: [Int32]
    let relEnds: [Int32]
    let relProperties: PropertyColumns
    let relLocations: LocationColumn

    let outgoing: CSRAdjacency
    let incoming: CSRAdjacency
    /// Nodes of each label, ascending.
    let labelMembers: [[NodeIndex]]
    /// Equality indexes on (label, property key).
    let propertyIndexes: [IndexKey: PropertyIndex]
    let indexedKeyNames: Set<String>

    struct IndexKey: Hashable, Sendable {
        let label: UInt32
        let key: UInt32
    }

    /// Freezes `b`: resolves relationship endpoints given by id (dropping those that stay
    /// unresolved), builds the adjacency, the label lists and the indexes.
    init(_ builder: consuming GraphBuilder) {
        var b = builder
        let nodeCount = b.nodeIDRefs.count
        if b.nodeOfString.count < b.strings.count {
            b.nodeOfString.append(contentsOf: repeatElement(-1, count: b.strings.count - b.nodeOfString.count))
        }
        if b.pendingCount > 0 { Self.resolveEndpoints(&b) }

        b.strings.trim(); b.lists.trim()
        b.nodeProperties.trim(); b.relProperties.trim()
        b.nodeLocations.trim(); b.relLocations.trim()
        labels = b.labels; types = b.types; keys = b.keys; files = b.files
        strings = b.strings; lists = b.lists
        nodeOfString = Self.take(&b.nodeOfString).trimmed()
        nodeIDRefs = Self.take(&b.nodeIDRefs).trimmed()
        nodeLabelOffsets = Self.take(&b.nodeLabelOffsets).trimmed()
        nodeLabels = Self.take(&b.nodeLabels).trimmed()
        nodeProperties = b.nodeProperties
        nodeLocations = b.nodeLocations
        relTypes = Self.take(&b.relTypes).trimmed()
        relStarts = Self.take(&b.relStarts).trimmed()
        relEnds = Self.take(&b.relEnds).trimmed()
        relProperties = b.relProperties
        relLocations = b.relLocations
        indexedKeyNames = b.indexedPropertyKeys

        outgoing = CSRAdjacency(nodeCount: nodeCount, owners: relStarts, others: relEnds, types: relTypes)
        incoming = CSRAdjacency(nodeCount: nodeCount, owners: relEnds, others: relStarts, types: relTypes)

        var counts = [Int](repeating: 0, count: labels.count)
        for l in nodeLabels { counts[Int(l)] += 1 }
        var members = counts.map { c -> [NodeIndex] in
            var a: [NodeIndex] = []
            a.reserveCapacity(c)
            return a
        }
        for i in 0..<nodeCount {
            for p in Int(nodeLabelOffsets[i])..<Int(nodeLabelOffsets[i + 1]) {
                members[Int(nodeLabels[p])].append(NodeIndex(Int32(i)))
            }
        }
        labelMembers = members
        propertyIndexes = Self.buildIndexes(
            keys: Set(b.indexedPropertyKeys.compactMap { b.keys.symbol($0) }), nodeCount: nodeCount,
            labelOffsets: nodeLabelOffsets, labels: nodeLabels, idRefs: nodeIDRefs, properties: nodeProperties,
            strings: strings, lists: lists)
    }

    /// Moves an array out of the builder (so that trimming it does not keep two copies).
    private static func take<T>(_ a: inout [T]) -> [T] {
        var out: [T] = []
        swap(&out, &a)
        return out
    }

    /// Replaces endpoint references by node indices; drops relationships whose endpoint id
    /// no node has.
    private static func resolveEndpoints(_ b: inout GraphBuilder) {
        var dropped = 0
        for r in 0..<b.relTypes.count {
            if b.relStarts[r] < 0 { b.relStarts[r] = b.nodeOfString[Int(~b.relStarts[r])] }
            if b.relEnds[r] < 0 { b.relEnds[r] = b.nodeOfString[Int(~b.relEnds[r])] }
            if b.relStarts[r] < 0 || b.relEnds[r] < 0 { dropped += 1 }
        }
        guard dropped > 0 else { return }
        let starts = b.relStarts, ends = b.relEnds
        let count = starts.count
        let keep = { (r: Int) in starts[r] >= 0 && ends[r] >= 0 }
        var t: [UInt32] = [], s: [Int32] = [], e: [Int32] = []
        t.reserveCapacity(count - dropped); s.reserveCapacity(count - dropped); e.reserveCapacity(count - dropped)
        for r in 0..<count where keep(r) {
            t.append(b.relTypes[r]); s.append(starts[r]); e.append(ends[r])
        }
        b.relTypes = t; b.relStarts = s; b.relEnds = e
        b.relProperties.filterOwners(keep)
        b.relLocations.filter(count: count, keep)
    }

    private static func buildIndexes(
        keys indexed: Set<UInt32>, nodeCount: Int, labelOffsets: [UInt32], labels: [UInt32], idRefs: [UInt32],
        properties: PropertyColumns, strings: StringTable, lists: ListStore
    ) -> [IndexKey: PropertyIndex] {
        guard !indexed.isEmpty else { return [:] }
        // Dense slots: key symbol → position among the indexed keys; (label, position) → index.
        let maxKey = Int(indexed.max()!)
        var slotOfKey = [Int](repeating: -1, count: maxKey + 1)
        for (i, k) in indexed.sorted().enumerated() { slotOfKey[Int(k)] = i }
        let keyCount = indexed.count
        let labelCount = Int(labels.max().map { $0 + 1 } ?? 0)
        var slots = [PropertyIndex?](repeating: nil, count: labelCount * keyCount)
        properties.entries.withUnsafeBufferPointer { entries in
            for i in 0..<nodeCount {
                for p in properties.range(i) {
                    let entry = entries[p]
                    guard Int(entry.key) <= maxKey, case let slot = slotOfKey[Int(entry.key)], slot >= 0 else { continue }
                    let value = entry.value
                    let ref = value.stringRef
                    if let ref, ref == idRefs[i] { continue }
                    for l in labels[Int(labelOffsets[i])..<Int(labelOffsets[i + 1])] {
                        let s = Int(l) * keyCount + slot
                        if slots[s] == nil { slots[s] = PropertyIndex() }
                        if let ref {
                            slots[s]!.add(string: ref, node: i)
                        } else {
                            slots[s]!.add(other: materialize(value, strings, lists), node: i)
                        }
                    }
                }
            }
        }
        let keysBySlot = indexed.sorted()
        var indexes: [IndexKey: PropertyIndex] = [:]
        for s in slots.indices where slots[s] != nil {
            slots[s]!.seal()
            indexes[IndexKey(label: UInt32(s / keyCount), key: keysBySlot[s % keyCount])] = slots[s]
        }
        return indexes
    }

    /// The ``PropertyValue`` of a stored value.
    @inline(__always)
    func materialize(_ v: PackedValue) -> PropertyValue { Self.materialize(v, strings, lists) }

    static func materialize(_ v: PackedValue, _ strings: StringTable, _ lists: ListStore) -> PropertyValue {
        switch v.kind {
        case .null: return .null
        case .bool: return .bool(v.bits != 0)
        case .int: return .int(Int64(bitPattern: v.bits))
        case .float: return .float(Double(bitPattern: v.bits))
        case .string: return .string(strings[UInt32(truncatingIfNeeded: v.bits)])
        case .date: return .date(v.date)
        case .list: return .list(lists.items(UInt32(truncatingIfNeeded: v.bits)).map { materialize($0, strings, lists) })
        }
    }
}
