/// `STARTS WITH`, `ENDS WITH` and `CONTAINS` by Unicode code points (as openCypher
/// specifies: no normalisation, no case folding), done on UTF-8 bytes, which match exactly
/// when the code points do.
enum StringMatching {
    static func matches(_ op: StringPredicate, _ text: String, _ pattern: String) -> Bool {
        var text = text, pattern = pattern
        return text.withUTF8 { hay in pattern.withUTF8 { needle in matches(op, hay, needle) } }
    }

    /// The same test on UTF-8 bytes (byte-wise matching of valid UTF-8 is code-point-wise).
    @inline(__always)
    static func matches(_ op: StringPredicate, _ hay: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        switch op {
        case .startsWith:
            return needle.count <= hay.count && hay.prefix(needle.count).elementsEqual(needle)
        case .endsWith:
            return needle.count <= hay.count && hay.suffix(needle.count).elementsEqual(needle)
        case .contains:
            return find(needle, in: hay)
        }
    }

    /// Whether `needle` occurs in `hay`: a scan on the needle's last byte (in UTF-8 text the
    /// last byte of a character varies far more than the lead byte, which is the same for
    /// most of a Cyrillic word), checking the first byte before comparing the rest.
    private static func find(_ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = needle.count, h = hay.count
        if n == 0 { return true }
        if n > h { return false }
        let first = needle[0], last = needle[n - 1]
        var i = n - 1
        while i < h {
            if hay[i] == last && hay[i - n + 1] == first {
                var j = 1
                while j < n - 1 && hay[i - n + 1 + j] == needle[j] { j += 1 }
                if j >= n - 1 { return true }
            }
            i += 1
        }
        return false
    }
}
