/// Estimates of the bytes a value or row holds, for ``QueryOptions/maxMemory``.
///
/// An accounting, not a measurement: every value costs its inline size
/// (`MemoryLayout<Value>.stride`), plus the bytes of a string's UTF-8 text, of a list's or
/// map's elements (recursively) and of a path's indices. Allocator overhead and sharing of
/// copy-on-write storage are ignored, so the estimate errs on neither side by much for the
/// large intermediate states it is meant to bound.
package enum MemoryEstimate {
    /// The inline size of one ``Value``.
    static let valueStride = MemoryLayout<Value>.stride

    /// The estimated bytes `value` holds.
    package static func bytes(of value: Value) -> Int {
        switch value {
        case .null, .bool, .int, .float, .node, .relationship: return valueStride
        case .string(let s): return valueStride + (s.utf8.count > 15 ? s.utf8.count : 0)
        case .list(let items):
            var total = valueStride
            for item in items { total &+= bytes(of: item) }
            return total
        case .map(let entries):
            var total = valueStride
            for entry in entries { total &+= 16 + entry.key.utf8.count + bytes(of: entry.value) }
            return total
        case .path(let p): return valueStride + 4 * (p.nodes.count + p.relationships.count)
        case .temporal: return valueStride + 48  // boxed fields
        }
    }

    /// The estimated bytes a row of values holds.
    static func bytes(of row: [Value]) -> Int {
        var total = 0
        for v in row { total &+= bytes(of: v) }
        return total
    }

    /// `n` bytes as text: `512 B`, `64 MB`, `1.5 GB` (decimal units).
    static func describe(_ n: Int) -> String {
        if n >= 1_000_000_000 { return trimmed(Double(n) / 1e9) + " GB" }
        if n >= 1_000_000 { return trimmed(Double(n) / 1e6) + " MB" }
        if n >= 1_000 { return trimmed(Double(n) / 1e3) + " kB" }
        return "\(n) B"
    }

    private static func trimmed(_ d: Double) -> String {
        let rounded = (d * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
