/// Numbers distinct keys of `width` 64-bit words densely (0, 1, 2, … in order of first
/// sight). Keys live back to back in one array; the lookup side is an open-addressing table
/// of 8-byte slots (32 bits of hash and the group number + 1), probed linearly and kept at
/// most half full, so a lookup touches one slot and one key in the common case.
struct GroupTable {
    let width: Int
    /// The keys of groups `0 ..< count`, `width` words each.
    private(set) var words: [UInt64] = []
    private(set) var count = 0
    private var slots: [UInt64]

    init(width: Int) {
        self.width = width
        slots = Array(repeating: 0, count: 64)
    }

    /// The group of the key in `key[0 ..< width]`, adding a new group when it is new.
    @inline(__always)
    mutating func group(of key: UnsafePointer<UInt64>) -> (group: Int, isNew: Bool) {
        let h = Self.hash(key, width)
        let tag = h >> 32
        var mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        let found: Int? = slots.withUnsafeBufferPointer { table in
            words.withUnsafeBufferPointer { stored in
                while true {
                    let slot = table[i]
                    if slot == 0 { return nil }
                    if slot >> 32 == tag {
                        let g = Int(UInt32(truncatingIfNeeded: slot)) - 1
                        var equal = true
                        let base = g * width
                        for j in 0..<width where stored[base + j] != key[j] { equal = false; break }
                        if equal { return g }
                    }
                    i = (i + 1) & mask
                }
            }
        }
        if let found { return (found, false) }
        let g = count
        count += 1
        words.append(contentsOf: UnsafeBufferPointer(start: key, count: width))
        slots[i] = tag << 32 | UInt64(g + 1)
        if 2 * count > slots.count {
            rehash(to: 2 * slots.count)
            mask = slots.count - 1
        }
        return (g, true)
    }

    private mutating func rehash(to capacity: Int) {
        var table = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        words.withUnsafeBufferPointer { stored in
            for g in 0..<count {
                let h = Self.hash(stored.baseAddress! + g * width, width)
                var i = Int(truncatingIfNeeded: h) & mask
                while table[i] != 0 { i = (i + 1) & mask }
                table[i] = (h >> 32) << 32 | UInt64(g + 1)
            }
        }
        slots = table
    }

    @inline(__always)
    private static func hash(_ key: UnsafePointer<UInt64>, _ width: Int) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15
        for j in 0..<width {
            h = (h ^ key[j]) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
        }
        h = (h ^ (h >> 30)) &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 29)
    }
}
