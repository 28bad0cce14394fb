/// How the engine compares strings everywhere (`=`, `<`, `ORDER BY`, `DISTINCT`, grouping,
/// property seeks): by their UTF-8 bytes, that is by Unicode scalar values, with no
/// normalization — as Neo4j compares Java strings by code units. "é" precomposed (U+00E9)
/// and "e" + U+0301 are different strings, exactly as they are different stored bytes, so the
/// interned-reference fast paths and the `Value` paths always agree.
enum TextOrder {
    /// Whether `x` and `y` have the same UTF-8 bytes.
    @inline(__always)
    static func equal(_ x: String, _ y: String) -> Bool {
        x.utf8.count == y.utf8.count && x.utf8.elementsEqual(y.utf8)
    }

    /// Three-way comparison of the UTF-8 bytes (lexicographic; a prefix sorts first).
    static func compare(_ x: String, _ y: String) -> Int {
        var i = x.utf8.makeIterator(), j = y.utf8.makeIterator()
        while true {
            switch (i.next(), j.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case (let a?, let b?): if a != b { return a < b ? -1 : 1 }
            }
        }
    }
}
