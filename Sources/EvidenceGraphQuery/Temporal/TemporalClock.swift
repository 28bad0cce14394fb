import EvidenceGraphCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The current time, for `date()`, `datetime.realtime()` and the like.
enum TemporalClock {
    /// Seconds and nanoseconds since 1970-01-01T00:00Z.
    static func now() -> (seconds: Int64, nanos: Int64) {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return (Int64(ts.tv_sec), Int64(ts.tv_nsec))
    }

    /// Today's day in UTC.
    static func today() -> Int64 { floorDiv(now().seconds, TimeUnits.secondsPerDay) }

    /// The current instant as a temporal of `kind` (a constructor name) in `zone`.
    static func current(_ kind: String, zone: TimeZones.Zone, at clock: (seconds: Int64, nanos: Int64)? = nil) throws(QueryError) -> TemporalValue {
        let (s, n) = clock ?? now()
        let instant = try TemporalMath.fromEpoch(seconds: s, nanos: n, zone: zone)
        guard case .dateTime(let day, let time, let offset, _) = instant else { return instant }
        switch kind {
        case "date": return .date(epochDay: day)
        case "localtime": return .localTime(nanoOfDay: time)
        case "time": return .time(nanoOfDay: time, offset: offset)
        case "localdatetime": return .localDateTime(epochDay: day, nanoOfDay: time)
        default: return instant
        }
    }
}

extension QueryError {
    /// The error with `span`'s line and column, unless it already has a position.
    func located(at span: SourceSpan) -> QueryError {
        guard line == 0 else { return self }
        var e = self
        e.line = span.start.line
        e.column = span.start.column
        return e
    }
}
