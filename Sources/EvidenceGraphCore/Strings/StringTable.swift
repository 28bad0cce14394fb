#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Interned strings: every distinct text is stored once, as UTF-8 bytes in one arena
/// (4 bytes of offset per string, no per-string allocation), and named by a dense `UInt32`
/// reference. Node ids and string property values live here, so equal
/// strings share storage, equality of interned strings is equality of references, and a
/// reader can intern straight from a parser's byte buffer without making a `String` for a
/// text it has seen before.
///
/// The lookup side is an open-addressing table of 8-byte slots (32 bits of hash, which also
/// place the slot, and the reference + 1), probed linearly, kept at most 70% full.
package struct StringTable: Sendable {
    /// The UTF-8 bytes of every string, back to back.
    private(set) var bytes: [UInt8] = []
    /// Where string `ref` starts in `bytes`; one more entry than strings (the end).
    private(set) var offsets: [UInt32] = [0]
    private var slots: [UInt64] = []

    package init() {}

    /// Number of distinct strings.
    var count: Int { offsets.count - 1 }

    /// The string with reference `ref`.
    @inline(__always)
    subscript(ref: UInt32) -> String {
        withBytes(ref) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 bytes of string `ref`.
    @inline(__always)
    func withBytes<R>(_ ref: UInt32, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        let lo = Int(offsets[Int(ref)]), hi = Int(offsets[Int(ref) + 1])
        return try bytes.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[lo..<hi])) }
    }

    /// Makes room for `n` strings without regrowing the lookup table.
    mutating func reserveCapacity(_ n: Int) {
        offsets.reserveCapacity(n + 1)
        if slotCapacity(for: n) > slots.count { rehash(to: slotCapacity(for: n)) }
    }

    /// Makes room for `n` bytes of string text.
    mutating func reserveBytes(_ n: Int) { bytes.reserveCapacity(n) }

    /// Gives back the spare capacity of the arrays (after the last insertion).
    mutating func trim() {
        compactLookup()
        bytes = bytes.withUnsafeBufferPointer { Array($0) }
        offsets = offsets.withUnsafeBufferPointer { Array($0) }
    }

    /// The reference of the text in `bytes` (UTF-8), adding it when new.
    @inline(__always)
    package mutating func intern(_ text: UnsafeRawBufferPointer) -> UInt32 {
        let h = ByteHash.hash(text)
        if let ref = find(text, hash: h) { return ref }
        return insert(text, hash: h)
    }

    /// The reference of `string`, adding it when new.
    mutating func intern(_ string: String) -> UInt32 {
        var s = string
        return s.withUTF8 { intern(UnsafeRawBufferPointer($0)) }
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
        (ByteCount.array(bytes) + ByteCount.array(offsets), ByteCount.array(slots))
    }

    // MARK: - Table

    @inline(__always)
    private func find(_ bytes: UnsafeRawBufferPointer, hash h: UInt64) -> UInt32? {
        guard !slots.isEmpty else { return nil }
        let tag = h >> 32
        let capacity = slots.count
        var i = Self.home(tag, capacity)
        return slots.withUnsafeBufferPointer { table -> UInt32? in
            offsets.withUnsafeBufferPointer { offsets in
                self.bytes.withUnsafeBytes { arena -> UInt32? in
                    while true {
                        let slot = table[i]
                        if slot == 0 { return nil }
                        if slot >> 32 == tag {
                            let ref = Int(UInt32(truncatingIfNeeded: slot) - 1)
                            let lo = Int(offsets[ref]), n = Int(offsets[ref + 1]) - lo
                            if n == bytes.count && (n == 0 || memcmp(arena.baseAddress! + lo, bytes.baseAddress!, n) == 0) {
                                return UInt32(ref)
                            }
                        }
                        i += 1
                        if i == capacity { i = 0 }
                    }
                }
            }
        }
    }

    private mutating func insert(_ text: UnsafeRawBufferPointer, hash h: UInt64) -> UInt32 {
        let ref = UInt32(count)
        bytes.append(contentsOf: text)
        precondition(bytes.count <= Int(UInt32.max), "string arena over 4 GiB")
        offsets.append(UInt32(bytes.count))
        if slotCapacity(for: count) > slots.count { rehash(to: slotCapacity(for: count)) }
        let capacity = slots.count
        var i = Self.home(h >> 32, capacity)
        slots.withUnsafeMutableBufferPointer { table in
            while table[i] != 0 { i += 1; if i == capacity { i = 0 } }
            table[i] = (h >> 32) << 32 | UInt64(ref + 1)
        }
        return ref
    }

    /// The home slot of a 32-bit hash tag in a table of `capacity` slots (multiply-shift,
    /// so capacities need not be powers of two).
    @inline(__always)
    private static func home(_ tag: UInt64, _ capacity: Int) -> Int {
        Int(truncatingIfNeeded: ((tag & 0xFFFF_FFFF) &* UInt64(capacity)) >> 32)
    }

    /// Shrinks the lookup table to about 80% full (after the last insertion).
    mutating func compactLookup() {
        let target = max(16, count * 5 / 4 + 1)
        if target < slots.count { rehash(to: target) }
    }

    /// The power of two that keeps `n` strings at most 70% of the slots.
    private func slotCapacity(for n: Int) -> Int {
        var c = max(16, slots.count)
        while n * 10 > c * 7 { c *= 2 }
        return c
    }

    private mutating func rehash(to capacity: Int) {
        var table = [UInt64](repeating: 0, count: capacity)
        // A slot's position comes from its stored 32 hash bits, so nothing is rehashed.
        for s in slots where s != 0 {
            var i = Self.home(s >> 32, capacity)
            while table[i] != 0 { i += 1; if i == capacity { i = 0 } }
            table[i] = s
        }
        slots = table
    }
}
