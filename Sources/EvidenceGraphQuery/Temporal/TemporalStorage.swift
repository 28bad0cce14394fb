/// Temporal values as stored properties. The graph's property kinds (`PropertyValue`) have
/// no temporal kind, so `CREATE` stores a temporal as a string in a private encoding: U+E000,
/// a type letter and the exact fields (`\u{E000}z5762,45074645876123,3600,Europe/Stockholm`).
/// Equal values have equal encodings, so stored-string equality, indexes and grouping agree
/// with temporal equality; ``Value/init(_:)`` turns such a string back into the temporal
/// whenever a property is read, so queries never see the encoding.
enum TemporalStorage {
    /// The first UTF-8 byte of U+E000.
    private static let markerByte: UInt8 = 0xEE
    private static let marker = "\u{E000}"

    /// The stored text of a temporal value.
    static func encode(_ t: TemporalValue) -> String {
        switch t {
        case .date(let d): return marker + "d\(d)"
        case .localTime(let n): return marker + "l\(n)"
        case .time(let n, let o): return marker + "t\(n),\(o)"
        case .localDateTime(let d, let n): return marker + "L\(d),\(n)"
        case .dateTime(let d, let n, let o, let z): return marker + "z\(d),\(n),\(o)" + (z.map { "," + $0 } ?? "")
        case .duration(let x): return marker + "P\(x.months),\(x.days),\(x.seconds),\(x.nanos)"
        }
    }

    /// The temporal value a stored string encodes, or `nil` for an ordinary string.
    @inline(__always)
    static func decode(_ s: String) -> TemporalValue? {
        guard s.utf8.first == markerByte, s.hasPrefix(marker) else { return nil }
        return decodeMarked(s)
    }

    private static func decodeMarked(_ s: String) -> TemporalValue? {
        var body = s.unicodeScalars.dropFirst()
        guard let tag = body.popFirst() else { return nil }
        let parts = String(body).split(separator: ",", maxSplits: 3, omittingEmptySubsequences: false)
        func int(_ i: Int) -> Int64? { i < parts.count ? Int64(parts[i]) : nil }
        switch (tag, parts.count) {
        case ("d", 1): return int(0).map { .date(epochDay: $0) }
        case ("l", 1): return int(0).map { .localTime(nanoOfDay: $0) }
        case ("t", 2):
            guard let n = int(0), let o = int(1) else { return nil }
            return .time(nanoOfDay: n, offset: Int32(o))
        case ("L", 2):
            guard let d = int(0), let n = int(1) else { return nil }
            return .localDateTime(epochDay: d, nanoOfDay: n)
        case ("z", 3), ("z", 4):
            guard let d = int(0), let n = int(1), let o = int(2) else { return nil }
            return .dateTime(epochDay: d, nanoOfDay: n, offset: Int32(o), zone: parts.count == 4 ? String(parts[3]) : nil)
        case ("P", 4):
            guard let m = int(0), let d = int(1), let sec = int(2), let n = int(3) else { return nil }
            return .duration(TemporalDuration(months: m, days: d, seconds: sec, nanos: n))
        default: return nil
        }
    }
}
