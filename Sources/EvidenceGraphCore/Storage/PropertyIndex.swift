/// The equality index on one (label, property key): which nodes of the label have a given
/// value.
///
/// String values (interned, so equal strings have equal references) are sorted pairs
/// `ref << 32 | node` — 8 bytes a node, found by binary search. A node whose value is its own
/// id (every evidence node's `id` property) is left out: the id map finds it. Other values
/// (numbers, normalised so that `1` and `1.0` meet; booleans; lists) are rare and hashed.
struct PropertyIndex: Sendable {
    private(set) var stringEntries: [UInt64] = []
    private(set) var otherEntries: [PropertyValue: [NodeIndex]] = [:]

    mutating func add(string ref: UInt32, node: Int) {
        stringEntries.append(UInt64(ref) << 32 | UInt64(UInt32(node)))
    }

    mutating func add(other value: PropertyValue, node: Int) {
        otherEntries[Self.normalize(value), default: []].append(NodeIndex(Int32(node)))
    }

    /// Sorts the string entries (call once, after the last `add`).
    mutating func seal() { stringEntries.sort() }

    /// The indexed nodes whose value is the string `ref`, ascending.
    func nodes(withString ref: UInt32) -> [NodeIndex] {
        let key = UInt64(ref) << 32
        var lo = 0, hi = stringEntries.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if stringEntries[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        var result: [NodeIndex] = []
        while lo < stringEntries.count && stringEntries[lo] >> 32 == UInt64(ref) {
            result.append(NodeIndex(Int32(truncatingIfNeeded: stringEntries[lo] & 0xFFFF_FFFF)))
            lo += 1
        }
        return result
    }

    /// The nodes whose value equals a non-string `value`, ascending.
    func nodes(withOther value: PropertyValue) -> [NodeIndex] { otherEntries[Self.normalize(value)] ?? [] }

    var bytes: Int {
        var n = ByteCount.array(stringEntries) + ByteCount.dictionary(otherEntries)
        for (v, nodes) in otherEntries { n += ByteCount.valueHeap(v) + 32 + ByteCount.array(nodes) }
        return n
    }

    /// Numerically equal integers and floats meet.
    static func normalize(_ v: PropertyValue) -> PropertyValue {
        if case .float(let d) = v, d == d.rounded(), abs(d) < 9.0e15 { return .int(Int64(d)) }
        return v
    }
}
