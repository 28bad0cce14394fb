#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Interned strings: every distinct text is stored once, as a native `String`, and named by
/// a dense `UInt32` reference. Node ids and string property values live here, so equal
/// strings share storage, equality of interned strings is equality of references, and a
/// reader can intern straight from a parser's byte buffer without making a `String` for a
/// text it has seen before.
///
/// The lookup side is an open-addressing table of 8-byte slots (32 bits of hash, which also
/// place the slot, and the reference + 1), probed linearly, kept at most 70% full.
struct StringTable: Sendable {
    /// The strings, by reference.
    private(set) var strings: [String] = []
    private var slots: [UInt64] = []

    init() {}

    /// Number of distinct strings.
    var count: Int { strings.count }

    /// The string with reference `ref`.
    @inline(__always)
    subscript(ref: UInt32) -> String { strings[Int(ref)] }

    /// Makes room for `n` strings without regrowing the lookup table.
    mutating func reserveCapacity(_ n: Int) {
        strings.reserveCapacity(n)
        if slotCapacity(for: n) > slots.count { rehash(to: slotCapacity(for: n)) }
    }

    /// The reference of the text in `bytes` (UTF-8), adding it when new.
    @inline(__always)
    mutating func intern(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        let h = ByteHash.hash(bytes)
        if let ref = find(bytes, hash: h) { return ref }
        return insert(String(decoding: bytes, as: UTF8.self), hash: h)
    }

    /// The reference of `string`, adding it when new.
    mutating func intern(_ string: String) -> UInt32 {
        var s = string
        let (h, found) = s.withUTF8 { u -> (UInt64, UInt32?) in
            let raw = UnsafeRawBufferPointer(u)
            let h = ByteHash.hash(raw)
            return (h, find(raw, hash: h))
        }
        return found ?? insert(s, hash: h)
    }

    /// The reference of the text in `bytes`, if interned.
    func find(_ bytes: UnsafeRawBufferPointer) -> UInt32? { find(bytes, hash: ByteHash.hash(bytes)) }

    /// The reference of `string`, if interned.
    func find(_ string: String) -> UInt32? {
        var s = string
        return s.withUTF8 { find(UnsafeRawBufferPointer($0)) }
    }

    /// Bytes of the arrays (for ``MemoryUsage``), split into the strings and the lookup table.
    var byteCounts: (strings: Int, lookup: Int) {
        (ByteCount.array(strings) + strings.reduce(0) { $0 + ByteCount.stringHeap($1) }, ByteCount.array(slots))
    }

    // MARK: - Table

    @inline(__always)
    private func find(_ bytes: UnsafeRawBufferPointer, hash h: UInt64) -> UInt32? {
        guard !slots.isEmpty else { return nil }
        let tag = h >> 32
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: tag) & mask
        return slots.withUnsafeBufferPointer { table -> UInt32? in
            while true {
                let slot = table[i]
                if slot == 0 { return nil }
                if slot >> 32 == tag {
                    let ref = UInt32(truncatingIfNeeded: slot) - 1
                    if Self.equal(strings[Int(ref)], bytes) { return ref }
                }
                i = (i + 1) & mask
            }
        }
    }

    private mutating func insert(_ string: String, hash h: UInt64) -> UInt32 {
        let ref = UInt32(strings.count)
        strings.append(string)
        if slotCapacity(for: strings.count) > slots.count { rehash(to: slotCapacity(for: strings.count)) }
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h >> 32) & mask
        slots.withUnsafeMutableBufferPointer { table in
            while table[i] != 0 { i = (i + 1) & mask }
            table[i] = (h >> 32) << 32 | UInt64(ref + 1)
        }
        return ref
    }

    /// The power of two that keeps `n` strings at most 70% of the slots.
    private func slotCapacity(for n: Int) -> Int {
        var c = max(16, slots.count)
        while n * 10 > c * 7 { c *= 2 }
        return c
    }

    private mutating func rehash(to capacity: Int) {
        var table = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        // A slot's position comes from its stored 32 hash bits, so nothing is rehashed.
        for s in slots where s != 0 {
            var i = Int(truncatingIfNeeded: s >> 32) & mask
            while table[i] != 0 { i = (i + 1) & mask }
            table[i] = s
        }
        slots = table
    }

    @inline(__always)
    private static func equal(_ s: String, _ bytes: UnsafeRawBufferPointer) -> Bool {
        if let r = s.utf8.withContiguousStorageIfAvailable({ u -> Bool in
            guard u.count == bytes.count else { return false }
            guard let a = u.baseAddress, let b = bytes.baseAddress else { return true }
            return memcmp(a, b, u.count) == 0
        }) { return r }
        return s.utf8.elementsEqual(bytes)
    }
}
