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
    let offsets: [UInt32]
    let entries: [AdjacencyEntry]

    /// Builds the adjacency: a counting sort of the relationships by owner node (so each
    /// segment is in relationship order), then each segment that mixes types is sorted by
    /// (type, relationship). O(N + M) plus the sorts of mixed segments; the only scratch is
    /// an N-sized cursor array.
    init(nodeCount: Int, owners: [Int32], others: [Int32], types: [UInt32]) {
        let m = owners.count
        var offsets = [UInt32](repeating: 0, count: nodeCount + 1)
        for o in owners { offsets[Int(o) + 1] += 1 }
        for i in 0..<nodeCount { offsets[i + 1] += offsets[i] }
        let placeholder = AdjacencyEntry(relationship: RelationshipIndex(Int32(0)), neighbor: NodeIndex(Int32(0)), type: RelationshipTypeID(0))
        var entries = [AdjacencyEntry](repeating: placeholder, count: m)
        entries.withUnsafeMutableBufferPointer { out in
            // Place each relationship at the next free position of its owner's segment.
            var cursor = offsets
            for r in 0..<m {
                let o = Int(owners[r])
                out[Int(cursor[o])] = AdjacencyEntry(
                    relationship: RelationshipIndex(Int32(r)), neighbor: NodeIndex(others[r]), type: RelationshipTypeID(types[r]))
                cursor[o] += 1
            }
            for i in 0..<nodeCount {
                let lo = Int(offsets[i]), hi = Int(offsets[i + 1])
                guard hi - lo > 1 else { continue }
                var sorted = true
                for j in (lo + 1)..<hi where out[j].type.rawValue < out[j - 1].type.rawValue { sorted = false; break }
                if !sorted {
                    out[lo..<hi].sort { ($0.type.rawValue, $0.relationship.rawValue) < ($1.type.rawValue, $1.relationship.rawValue) }
                }
            }
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
