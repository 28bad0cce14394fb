/// The properties of all nodes (or all relationships): owner `i`'s properties are
/// `entries[offsets[i] ..< offsets[i + 1]]`, in the order they were set.
///
/// While building, properties are only ever added to the last owner, so the offsets stay a
/// valid prefix sum at every moment.
struct PropertyColumns: Sendable {
    var offsets: [UInt32] = [0]
    var entries: [PackedProperty] = []

    /// Number of owners.
    var ownerCount: Int { offsets.count - 1 }

    /// The entry positions of owner `i`.
    @inline(__always)
    func range(_ i: Int) -> Range<Int> { Int(offsets[i])..<Int(offsets[i + 1]) }

    /// The value of `key` on owner `i`.
    @inline(__always)
    func find(_ key: UInt32, in i: Int) -> PackedValue? {
        entries.withUnsafeBufferPointer { e in
            offsets.withUnsafeBufferPointer { o in
                var p = Int(o[i])
                let end = Int(o[i + 1])
                while p < end {
                    if e[p].key == key { return e[p].value }
                    p += 1
                }
                return nil
            }
        }
    }

    /// Starts the properties of a new owner (with none yet).
    @inline(__always)
    mutating func appendOwner() { offsets.append(offsets[offsets.count - 1]) }

    /// Sets `key` on the last owner: a key it already has is replaced (moved to the end).
    @inline(__always)
    mutating func setOnLast(_ key: UInt32, _ value: PackedValue) {
        removeFromLast(key)
        entries.append(PackedProperty(key: key, value: value))
        offsets[offsets.count - 1] += 1
    }

    /// Removes `key` from the last owner, if it has it.
    @inline(__always)
    mutating func removeFromLast(_ key: UInt32) {
        let start = Int(offsets[offsets.count - 2])
        var p = entries.count - 1
        while p >= start {
            if entries[p].key == key {
                entries.remove(at: p)
                offsets[offsets.count - 1] -= 1
                return
            }
            p -= 1
        }
    }

    /// Keeps only the owners for which `keep` is true (used to drop relationships).
    mutating func filterOwners(_ keep: (Int) -> Bool) {
        var o: [UInt32] = [0]
        var e: [PackedProperty] = []
        o.reserveCapacity(offsets.count)
        e.reserveCapacity(entries.count)
        for i in 0..<ownerCount where keep(i) {
            e.append(contentsOf: entries[range(i)])
            o.append(UInt32(e.count))
        }
        offsets = o
        entries = e
    }

    mutating func reserveCapacity(owners: Int, entries n: Int) {
        offsets.reserveCapacity(owners + 1)
        entries.reserveCapacity(n)
    }

    var bytes: (offsets: Int, entries: Int) { (ByteCount.array(offsets), ByteCount.array(entries)) }
}
