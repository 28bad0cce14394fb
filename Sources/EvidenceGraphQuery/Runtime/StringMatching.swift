/// `STARTS WITH`, `ENDS WITH` and `CONTAINS` by Unicode code points (as openCypher
/// specifies: no normalisation, no case folding), done on UTF-8 bytes, which match exactly
/// when the code points do.
enum StringMatching {
    static func matches(_ op: StringPredicate, _ text: String, _ pattern: String) -> Bool {
        var text = text, pattern = pattern
        return text.withUTF8 { hay in
            pattern.withUTF8 { needle in
                switch op {
                case .startsWith:
                    return needle.count <= hay.count && hay.prefix(needle.count).elementsEqual(needle)
                case .endsWith:
                    return needle.count <= hay.count && hay.suffix(needle.count).elementsEqual(needle)
                case .contains:
                    return find(needle, in: hay)
                }
            }
        }
    }

    /// Whether `needle` occurs in `hay` (first-byte scan, then compare).
    private static func find(_ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = needle.count, h = hay.count
        if n == 0 { return true }
        if n > h { return false }
        let first = needle[0]
        var i = 0
        while i <= h - n {
            if hay[i] == first {
                var j = 1
                while j < n && hay[i + j] == needle[j] { j += 1 }
                if j == n { return true }
            }
            i += 1
        }
        return false
    }
}
