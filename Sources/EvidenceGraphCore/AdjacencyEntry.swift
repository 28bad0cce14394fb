/// One relationship seen from one of its endpoints, as stored in the CSR adjacency arrays.
public struct AdjacencyEntry: Hashable, Sendable {
    /// The relationship.
    public let relationship: RelationshipIndex
    /// The node at the other end (the node itself for a self-loop).
    public let neighbor: NodeIndex
    /// The relationship's type.
    public let type: RelationshipTypeID
}

/// A compressed sparse row adjacency for one direction: node `i`'s entries are
/// `entries[offsets[i] ..< offsets[i + 1]]`, sorted by relationship type.
struct CSRAdjacency: Sendable {
    let offsets: [Int32]
    let entries: [AdjacencyEntry]

    /// Builds the adjacency with two stable counting sorts (by type, then by owner node), so
    /// each node's segment is grouped by type in relationship order. O(N + M + T).
    init(nodeCount: Int, typeCount: Int, owners: [Int32], others: [Int32], types: [UInt32]) {
        let m = owners.count
        // 1. order relationships by type (stable).
        var typeStart = [Int](repeating: 0, count: typeCount + 1)
        for t in types { typeStart[Int(t) + 1] += 1 }
        for i in 0..<typeCount { typeStart[i + 1] += typeStart[i] }
        var byType = [Int32](repeating: 0, count: m)
        for r in 0..<m {
            let t = Int(types[r])
            byType[typeStart[t]] = Int32(r)
            typeStart[t] += 1
        }
        // 2. order by owner node (stable), keeping type order within each node.
        var offsets = [Int32](repeating: 0, count: nodeCount + 1)
        for o in owners { offsets[Int(o) + 1] += 1 }
        for i in 0..<nodeCount { offsets[i + 1] += offsets[i] }
        var cursor = offsets
        let placeholder = AdjacencyEntry(relationship: RelationshipIndex(Int32(0)), neighbor: NodeIndex(Int32(0)), type: RelationshipTypeID(0))
        var entries = [AdjacencyEntry](repeating: placeholder, count: m)
        for r32 in byType {
            let r = Int(r32)
            let o = Int(owners[r])
            entries[Int(cursor[o])] = AdjacencyEntry(
                relationship: RelationshipIndex(r32), neighbor: NodeIndex(others[r]), type: RelationshipTypeID(types[r]))
            cursor[o] += 1
        }
        self.offsets = offsets
        self.entries = entries
    }

    /// The entries of `node`, optionally only those of one type (binary search in the segment).
    @inline(__always)
    func slice(_ node: Int, type: RelationshipTypeID?) -> ArraySlice<AdjacencyEntry> {
        let lo = Int(offsets[node]), hi = Int(offsets[node + 1])
        guard let type else { return entries[lo..<hi] }
        // lower bound of type
        var a = lo, b = hi
        while a < b {
            let mid = (a + b) >> 1
            if entries[mid].type.rawValue < type.rawValue { a = mid + 1 } else { b = mid }
        }
        var c = a, d = hi
        while c < d {
            let mid = (c + d) >> 1
            if entries[mid].type.rawValue <= type.rawValue { c = mid + 1 } else { d = mid }
        }
        return entries[a..<c]
    }

    func degree(_ node: Int) -> Int { Int(offsets[node + 1] - offsets[node]) }
}
