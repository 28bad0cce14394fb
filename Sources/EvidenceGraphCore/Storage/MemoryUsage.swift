/// How many bytes a frozen ``Graph`` holds, split into its structure (ids, labels,
/// adjacency, indexes, locations) and its property data (keys and values).
///
/// Counts are of the arrays' element storage (capacity × stride) plus the heap bytes of
/// strings that do not fit inline; allocator and dictionary overheads are estimated from
/// their capacities. Use it to report bytes per node and relationship.
public struct MemoryUsage: Sendable, Hashable {
    /// Bytes of everything but property values: the id map and the string lookup table,
    /// labels, property offsets, CSR adjacency, relationship endpoints, source locations,
    /// label and property indexes.
    public var structureBytes: Int
    /// Bytes of property keys and values, lists, and the interned strings (node ids
    /// included: an id is usually also the `id` property's value).
    public var propertyBytes: Int

    /// Creates a usage record.
    public init(structureBytes: Int, propertyBytes: Int) {
        self.structureBytes = structureBytes
        self.propertyBytes = propertyBytes
    }

    /// Structure plus property data.
    public var totalBytes: Int { structureBytes + propertyBytes }
}

extension Graph {
    /// The graph's memory footprint. O(N + M) (it walks the string payloads).
    public var memoryUsage: MemoryUsage { storage.memoryUsage }
}

/// Byte counting for ``MemoryUsage``.
enum ByteCount {
    /// Element storage of an array.
    static func array<T>(_ a: [T]) -> Int { a.capacity * MemoryLayout<T>.stride }

    /// Heap bytes of a native string that does not fit the 15-byte small form.
    static func stringHeap(_ s: String) -> Int {
        let n = s.utf8.count
        return n <= 15 ? 0 : 32 + (n + 1 + 15) / 16 * 16
    }

    /// Element storage of a dictionary (keys, values and one metadata byte per bucket).
    static func dictionary<K, V>(_ d: [K: V]) -> Int {
        d.capacity * (MemoryLayout<K>.stride + MemoryLayout<V>.stride) + d.capacity / 8 + 64
    }

    /// Bytes of a property value beyond its inline storage.
    static func valueHeap(_ v: PropertyValue) -> Int {
        switch v {
        case .string(let s): return stringHeap(s)
        case .list(let l): return 32 + array(l) + l.reduce(0) { $0 + valueHeap($1) }
        default: return 0
        }
    }
}

extension GraphStorage {
    var memoryUsage: MemoryUsage {
        let (stringBytes, lookupBytes) = strings.byteCounts
        var structure = lookupBytes + ByteCount.array(nodeOfString) + ByteCount.array(nodeIDRefs)
        structure += ByteCount.array(nodeLabelOffsets) + ByteCount.array(nodeLabels)
        structure += nodeProperties.bytes.offsets + relProperties.bytes.offsets
        structure += nodeLocations.bytes + relLocations.bytes
        structure += ByteCount.array(relTypes) + ByteCount.array(relStarts) + ByteCount.array(relEnds)
        structure += ByteCount.array(outgoing.offsets) + ByteCount.array(outgoing.entries)
        structure += ByteCount.array(incoming.offsets) + ByteCount.array(incoming.entries)
        structure += labelMembers.reduce(ByteCount.array(labelMembers)) { $0 + 32 + ByteCount.array($1) }
        structure += propertyIndexes.values.reduce(ByteCount.dictionary(propertyIndexes)) { $0 + $1.bytes }
        let properties = nodeProperties.bytes.entries + relProperties.bytes.entries + lists.bytes + stringBytes
        return MemoryUsage(structureBytes: structure, propertyBytes: properties)
    }
}
