/// How the engine compares strings everywhere (`=`, `<`, `ORDER BY`, `DISTINCT`, grouping,
/// property seeks): by their UTF-8 bytes, that is by Unicode scalar values, with no
/// normalization — as Neo4j compares Java strings by code units. "é" precomposed (U+00E9)
/// and "e" + U+0301 are different strings, exactly as they are different stored bytes, so the
/// interned-reference fast paths and the `Value` paths always agree.
enum TextOrder {
    /// Whether `x` and `y` have the same UTF-8 bytes.
    @inline(__always)
    static func equal(_ x: String, _ y: String) -> Bool {
        guard x.utf8.count == y.utf8.count else { return false }
        return withBytes(x, y) { a, b in a.elementsEqual(b) }
    }

    /// Three-way comparison of the UTF-8 bytes (lexicographic; a prefix sorts first).
    static func compare(_ x: String, _ y: String) -> Int {
        withBytes(x, y) { a, b in
            for i in 0..<min(a.count, b.count) where a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
            return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
        }
    }

    /// Hashes the UTF-8 bytes, consistently with ``equal(_:_:)`` (Swift's own `String` hash
    /// normalizes first, which is finer work than this equality needs).
    static func hash(_ s: String, into h: inout Hasher) {
        var s = s
        s.withUTF8 { h.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Calls `body` with both strings' contiguous UTF-8 bytes (native strings already are;
    /// others are made contiguous on a copy).
    @inline(__always)
    private static func withBytes<R>(
        _ x: String, _ y: String, _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> R
    ) -> R {
        var x = x, y = y
        return x.withUTF8 { a in y.withUTF8 { b in body(a, b) } }
    }
}
