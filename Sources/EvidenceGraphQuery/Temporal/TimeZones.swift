import Foundation

/// Time zones: fixed offsets (`Z`, `+01`, `+0100`, `+01:00`, `-02:05:07`) and tz database
/// names (`Europe/Stockholm`), whose offsets come from Foundation's `TimeZone`. Only
/// constructors and arithmetic on named zones ask it; comparisons use the stored offset.
enum TimeZones {
    /// A parsed `timezone` value: a fixed offset, or a zone name.
    enum Zone: Sendable, Equatable {
        case offset(Int32)
        case named(String)
    }

    /// Parses a zone as written in a map's `timezone` or after a time in a string.
    static func parse(_ text: String) throws(QueryError) -> Zone {
        if let o = offset(text) { return .offset(o) }
        guard named(text) != nil else { throw .argumentError("unknown time zone '\(text)'", detail: .invalidArgumentValue) }
        return .named(text)
    }

    /// A fixed offset in seconds, or `nil` if `text` is not one.
    static func offset(_ text: String) -> Int32? {
        let u = Array(text.utf8)
        if u == [UInt8(ascii: "Z")] || u == [UInt8(ascii: "z")] { return 0 }
        guard let sign = u.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return nil }
        var digits: [Int32] = []
        var i = 1
        var colons = 0
        while i < u.count {
            let c = u[i]
            if c == UInt8(ascii: ":") { colons += 1; i += 1; continue }
            guard c >= 48, c <= 57 else { return nil }
            digits.append(Int32(c - 48))
            i += 1
        }
        guard digits.count == 2 || digits.count == 4 || digits.count == 6 else { return nil }
        guard colons == 0 || colons == digits.count / 2 - 1 else { return nil }
        let h = digits[0] * 10 + digits[1]
        let m = digits.count >= 4 ? digits[2] * 10 + digits[3] : 0
        let s = digits.count == 6 ? digits[4] * 10 + digits[5] : 0
        guard h <= 18, m < 60, s < 60 else { return nil }
        let total = h * 3600 + m * 60 + s
        guard total <= 18 * 3600 else { return nil }
        return sign == UInt8(ascii: "-") ? -total : total
    }

    /// The offset of zone `name` at a UTC instant (seconds since the epoch).
    static func offset(of name: String, atEpochSecond t: Int64) -> Int32 {
        guard let tz = named(name) else { return 0 }
        let clamped = Double(max(min(t, 253_402_300_799), -62_135_596_800))
        return Int32(tz.secondsFromGMT(for: Date(timeIntervalSince1970: clamped)))
    }

    /// The offset zone `name` gives a local date and time, as java.time resolves it: in an
    /// overlap the earlier offset, in a gap the later one.
    static func offset(of name: String, localEpochSecond local: Int64) -> Int32 {
        let before = offset(of: name, atEpochSecond: local - 64_800)
        let after = offset(of: name, atEpochSecond: local + 64_800)
        if before == after { return before }
        if offset(of: name, atEpochSecond: local - Int64(before)) == before { return before }
        return after
    }

    /// The zone's offset for a local day and time.
    static func resolve(_ zone: Zone, epochDay: Int64, nanoOfDay: Int64) -> (offset: Int32, name: String?) {
        switch zone {
        case .offset(let o): return (o, nil)
        case .named(let n):
            let local = epochDay * TimeUnits.secondsPerDay + nanoOfDay / TimeUnits.nanosPerSecond
            return (offset(of: n, localEpochSecond: local), n)
        }
    }

    private static let cache = ZoneCache()

    private static func named(_ name: String) -> TimeZone? { cache.zone(name) }
}

/// Foundation `TimeZone`s by name, made once each.
private final class ZoneCache: @unchecked Sendable {
    private let lock = NSLockLike()
    private var zones: [String: TimeZone?] = [:]

    func zone(_ name: String) -> TimeZone? {
        lock.withLock {
            if let hit = zones[name] { return hit }
            let tz = name.contains("/") || name == "UTC" ? TimeZone(identifier: name) : nil
            zones[name] = tz
            return tz
        }
    }
}
