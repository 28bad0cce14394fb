/// The frozen arrays behind a ``Graph``. Immutable after construction, hence `Sendable`.
final class GraphStorage: Sendable {
    let labels: SymbolTable
    let types: SymbolTable
    let keys: SymbolTable
    let files: SymbolTable

    let nodeIDs: [String]
    let idIndex: [String: Int32]
    let nodeLabelOffsets: [Int32]
    let nodeLabels: [UInt32]
    let nodePropOffsets: [Int32]
    let nodePropKeys: [UInt32]
    let nodePropValues: [PropertyValue]
    let nodeLocations: [PackedLocation]

    let relTypes: [UInt32]
    let relStarts: [Int32]
    let relEnds: [Int32]
    let relPropOffsets: [Int32]
    let relPropKeys: [UInt32]
    let relPropValues: [PropertyValue]
    let relLocations: [PackedLocation]

    let outgoing: CSRAdjacency
    let incoming: CSRAdjacency
    /// Nodes of each label, ascending.
    let labelMembers: [[NodeIndex]]
    /// Hash indexes on (label, property key) → value → nodes (ascending).
    let propertyIndexes: [IndexKey: [PropertyValue: [NodeIndex]]]
    let indexedKeyNames: Set<String>

    struct IndexKey: Hashable, Sendable {
        let label: UInt32
        let key: UInt32
    }

    init(_ b: GraphBuilder) {
        labels = b.labels
        types = b.types
        keys = b.keys
        files = b.files
        nodeIDs = b.nodeIDs
        idIndex = b.idIndex
        nodeLabelOffsets = b.nodeLabelOffsets
        nodeLabels = b.nodeLabels
        nodePropOffsets = b.nodePropOffsets
        nodePropKeys = b.nodePropKeys
        nodePropValues = b.nodePropValues
        nodeLocations = b.nodeLocations
        indexedKeyNames = b.indexedPropertyKeys

        // Drop relationships whose endpoints never resolved.
        var relTypes = b.relTypes, relStarts = b.relStarts, relEnds = b.relEnds
        var relPropOffsets = b.relPropOffsets, relPropKeys = b.relPropKeys, relPropValues = b.relPropValues
        var relLocations = b.relLocations
        if !b.pending.isEmpty {
            for p in b.pending {
                let r = Int(p.rel)
                if let s = p.start { relStarts[r] = b.idIndex[s] ?? -1 }
                if let e = p.end { relEnds[r] = b.idIndex[e] ?? -1 }
            }
            if relStarts.contains(-1) || relEnds.contains(-1) {
                var t: [UInt32] = [], s: [Int32] = [], e: [Int32] = []
                var po: [Int32] = [0], pk: [UInt32] = [], pv: [PropertyValue] = [], loc: [PackedLocation] = []
                for r in 0..<relTypes.count where relStarts[r] >= 0 && relEnds[r] >= 0 {
                    t.append(relTypes[r]); s.append(relStarts[r]); e.append(relEnds[r])
                    let range = Int(relPropOffsets[r])..<Int(relPropOffsets[r + 1])
                    pk.append(contentsOf: relPropKeys[range]); pv.append(contentsOf: relPropValues[range])
                    po.append(Int32(pk.count))
                    if r < relLocations.count { loc.append(relLocations[r]) }
                }
                relTypes = t; relStarts = s; relEnds = e
                relPropOffsets = po; relPropKeys = pk; relPropValues = pv; relLocations = loc
            }
        }
        self.relTypes = relTypes
        self.relStarts = relStarts
        self.relEnds = relEnds
        self.relPropOffsets = relPropOffsets
        self.relPropKeys = relPropKeys
        self.relPropValues = relPropValues
        self.relLocations = relLocations

        let n = b.nodeIDs.count
        outgoing = CSRAdjacency(nodeCount: n, typeCount: b.types.count, owners: relStarts, others: relEnds, types: relTypes)
        incoming = CSRAdjacency(nodeCount: n, typeCount: b.types.count, owners: relEnds, others: relStarts, types: relTypes)

        var members = [[NodeIndex]](repeating: [], count: b.labels.count)
        for i in 0..<n {
            for l in b.nodeLabels[Int(b.nodeLabelOffsets[i])..<Int(b.nodeLabelOffsets[i + 1])] {
                members[Int(l)].append(NodeIndex(Int32(i)))
            }
        }
        labelMembers = members

        var indexes: [IndexKey: [PropertyValue: [NodeIndex]]] = [:]
        let indexedKeys = Set(b.indexedPropertyKeys.compactMap { b.keys.symbol($0) })
        if !indexedKeys.isEmpty {
            for i in 0..<n {
                let pr = Int(b.nodePropOffsets[i])..<Int(b.nodePropOffsets[i + 1])
                for p in pr where indexedKeys.contains(b.nodePropKeys[p]) {
                    let key = IndexValueKey.normalize(b.nodePropValues[p])
                    for l in b.nodeLabels[Int(b.nodeLabelOffsets[i])..<Int(b.nodeLabelOffsets[i + 1])] {
                        indexes[IndexKey(label: l, key: b.nodePropKeys[p]), default: [:]][key, default: []]
                            .append(NodeIndex(Int32(i)))
                    }
                }
            }
        }
        propertyIndexes = indexes
    }
}

/// Normalises values used as index keys so that numerically equal integers and floats meet.
enum IndexValueKey {
    static func normalize(_ v: PropertyValue) -> PropertyValue {
        if case .float(let d) = v, d == d.rounded(), abs(d) < 9.0e15 { return .int(Int64(d)) }
        return v
    }
}
