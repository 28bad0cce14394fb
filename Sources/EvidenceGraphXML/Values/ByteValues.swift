import EvidenceGraphCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Typed values read straight from UTF-8 bytes (attribute values, element text), so that
/// the readers need no `String` per value.
enum ByteValues {
    @inline(__always)
    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D }

    /// The bytes without leading and trailing ASCII white space.
    @inline(__always)
    static func trimmed(_ b: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        var lo = 0, hi = b.count
        while lo < hi && isSpace(b[lo]) { lo += 1 }
        while hi > lo && isSpace(b[hi - 1]) { hi -= 1 }
        return UnsafeRawBufferPointer(rebasing: b[lo..<hi])
    }

    /// A decimal integer (optional sign), or `nil` (also on overflow).
    static func int64(_ raw: UnsafeRawBufferPointer) -> Int64? {
        let b = trimmed(raw)
        guard !b.isEmpty else { return nil }
        var i = 0
        var negative = false
        if b[0] == UInt8(ascii: "-") || b[0] == UInt8(ascii: "+") { negative = b[0] == UInt8(ascii: "-"); i = 1 }
        guard i < b.count else { return nil }
        var value: Int64 = 0
        while i < b.count {
            let d = b[i] &- UInt8(ascii: "0")
            guard d < 10 else { return nil }
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (s, o2) = negative ? m.subtractingReportingOverflow(Int64(d)) : m.addingReportingOverflow(Int64(d))
            if o1 || o2 { return nil }
            value = s
            i += 1
        }
        return value
    }

    /// A floating-point number as `strtod` reads it (decimal, exponent, `inf`, `nan`), or
    /// `nil` unless the whole (trimmed) text is the number.
    static func double(_ raw: UnsafeRawBufferPointer) -> Double? {
        let b = trimmed(raw)
        guard !b.isEmpty, b.count < 128 else {
            return b.isEmpty ? nil : Double(String(decoding: b, as: UTF8.self))
        }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: b.count + 1) { buffer -> Double? in
            let base = buffer.baseAddress!
            UnsafeMutableRawPointer(base).copyMemory(from: b.baseAddress!, byteCount: b.count)
            base[b.count] = 0
            if isSpace(UInt8(bitPattern: base[0])) { return nil }
            var end: UnsafeMutablePointer<CChar>?
            let v = strtod(base, &end)
            guard let end, end == base + b.count else { return nil }
            return v
        }
    }

    /// Whether the bytes equal the ASCII text `s`.
    @inline(__always)
    static func equals(_ b: UnsafeRawBufferPointer, _ s: StaticString) -> Bool {
        guard b.count == s.utf8CodeUnitCount else { return false }
        let p = s.utf8Start
        for i in 0..<b.count where b[i] != p[i] { return false }
        return true
    }

    /// A `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date (surrounding white space ignored).
    static func date(_ raw: UnsafeRawBufferPointer) -> CalendarDate? {
        let b = trimmed(raw)
        guard b.count == 4 || b.count == 7 || b.count == 10 else { return nil }
        return CalendarDate(iso: String(decoding: b, as: UTF8.self))
    }

    /// `true`/`1` or `false`/`0` (trimmed; with `caseInsensitive`, also `True`, `FALSE`, …).
    static func bool(_ raw: UnsafeRawBufferPointer, caseInsensitive: Bool = false) -> Bool? {
        let b = trimmed(raw)
        if equals(b, "1") { return true }
        if equals(b, "0") { return false }
        guard b.count == 4 || b.count == 5 else { return nil }
        var lower: (UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &lower) { out in
            for i in 0..<b.count { out[i] = caseInsensitive && b[i] >= 0x41 && b[i] <= 0x5A ? b[i] | 0x20 : b[i] }
        }
        return withUnsafeBytes(of: lower) { l in
            let t = UnsafeRawBufferPointer(rebasing: l[0..<b.count])
            if equals(t, "true") { return true }
            if equals(t, "false") { return false }
            return nil
        }
    }

    /// Appends the text with runs of white space collapsed to one space and the ends trimmed.
    static func appendNormalized(_ raw: UnsafeRawBufferPointer, to out: inout [UInt8]) {
        var pendingSpace = false
        var wrote = false
        for c in raw {
            if isSpace(c) {
                pendingSpace = wrote
            } else {
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(c)
                wrote = true
            }
        }
    }

    /// Calls `body` with each white-space-separated token.
    @inline(__always)
    static func forEachToken(_ b: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer) -> Void) {
        var i = 0
        while i < b.count {
            while i < b.count && isSpace(b[i]) { i += 1 }
            let start = i
            while i < b.count && !isSpace(b[i]) { i += 1 }
            if i > start { body(UnsafeRawBufferPointer(rebasing: b[start..<i])) }
        }
    }
}
