import EvidenceGraphCore

/// Instants, zone conversion and temporal ± duration.
enum TemporalMath {
    /// A `datetime` for a local day and time in a zone. A local time that a named zone skips
    /// (a daylight-saving gap) moves forward by the length of the gap, as in java.time.
    static func zoned(epochDay: Int64, nanoOfDay: Int64, zone: TimeZones.Zone) -> TemporalValue {
        let r = TimeZones.resolve(zone, epochDay: epochDay, nanoOfDay: nanoOfDay)
        if let name = r.name {
            let local = epochDay * TimeUnits.secondsPerDay + nanoOfDay / TimeUnits.nanosPerSecond
            if TimeZones.offset(of: name, atEpochSecond: local - Int64(r.offset)) != r.offset {
                let before = TimeZones.offset(of: name, atEpochSecond: local - 64_800)
                let shifted = try? fromEpoch(seconds: local - Int64(before), nanos: nanoOfDay % TimeUnits.nanosPerSecond, zone: zone)
                if let shifted { return shifted }
            }
        }
        return .dateTime(epochDay: epochDay, nanoOfDay: nanoOfDay, offset: r.offset, zone: r.name)
    }

    /// Seconds since the epoch (UTC) and nanoseconds of a local day and time at an offset.
    static func instant(epochDay: Int64, nanoOfDay: Int64, offset: Int32) -> (seconds: Int64, nanos: Int64) {
        (epochDay * TimeUnits.secondsPerDay + nanoOfDay / TimeUnits.nanosPerSecond - Int64(offset),
         nanoOfDay % TimeUnits.nanosPerSecond)
    }

    /// The `datetime` at an instant, in a zone.
    static func fromEpoch(seconds: Int64, nanos: Int64, zone: TimeZones.Zone) throws(QueryError) -> TemporalValue {
        let s = seconds + floorDiv(nanos, TimeUnits.nanosPerSecond), n = floorMod(nanos, TimeUnits.nanosPerSecond)
        let offset: Int32, name: String?
        switch zone {
        case .offset(let o): offset = o; name = nil
        case .named(let z): offset = TimeZones.offset(of: z, atEpochSecond: s); name = z
        }
        let local = s + Int64(offset)
        let day = floorDiv(local, TimeUnits.secondsPerDay)
        guard abs(CivilCalendar.civil(day).year) <= TemporalFields.maxYear else { throw TemporalFields.outOfRange("epoch seconds", seconds) }
        return .dateTime(epochDay: day, nanoOfDay: floorMod(local, TimeUnits.secondsPerDay) * TimeUnits.nanosPerSecond + n,
                         offset: offset, zone: name)
    }

    /// A `datetime` moved to another zone at the same instant.
    static func convert(_ value: TemporalValue, to zone: TimeZones.Zone) -> TemporalValue {
        guard case .dateTime(let d, let t, let o, _) = value else { return value }
        let i = instant(epochDay: d, nanoOfDay: t, offset: o)
        return (try? fromEpoch(seconds: i.seconds, nanos: i.nanos, zone: zone)) ?? value
    }

    /// The zone of a zoned value, as a `Zone`.
    static func zoneOf(_ offset: Int32, _ name: String?) -> TimeZones.Zone { name.map { .named($0) } ?? .offset(offset) }

    /// Adds a day and nanosecond amount to a local day and time.
    static func shift(_ day: Int64, _ time: Int64, seconds: Int64, nanos: Int64) -> (day: Int64, time: Int64) {
        let totalNanos = time + floorMod(seconds, TimeUnits.secondsPerDay) * TimeUnits.nanosPerSecond + nanos
        let carry = floorDiv(totalNanos, TimeUnits.nanosPerDay)
        return (day + floorDiv(seconds, TimeUnits.secondsPerDay) + carry, floorMod(totalNanos, TimeUnits.nanosPerDay))
    }

    /// `temporal + duration`: months, then days, then seconds and nanoseconds (a date takes
    /// whole days of the seconds; times wrap around midnight).
    static func add(_ t: TemporalValue, _ d: TemporalDuration) throws(QueryError) -> TemporalValue {
        switch t {
        case .date(let day):
            let plain = d.seconds < 0 && d.nanos > 0 ? d.seconds + 1 : d.seconds
            return .date(epochDay: try checkDay(CivilCalendar.plusMonths(day, d.months) + d.days + plain / TimeUnits.secondsPerDay))
        case .localTime(let time):
            return .localTime(nanoOfDay: shift(0, time, seconds: d.seconds, nanos: d.nanos).time)
        case .time(let time, let offset):
            return .time(nanoOfDay: shift(0, time, seconds: d.seconds, nanos: d.nanos).time, offset: offset)
        case .localDateTime(let day, let time):
            let r = shift(CivilCalendar.plusMonths(day, d.months) + d.days, time, seconds: d.seconds, nanos: d.nanos)
            return .localDateTime(epochDay: try checkDay(r.day), nanoOfDay: r.time)
        case .dateTime(let day, let time, let offset, let zone):
            let movedDay = try checkDay(CivilCalendar.plusMonths(day, d.months) + d.days)
            let z = zoneOf(offset, zone)
            guard case .dateTime(let nd, let nt, let no, _) = zoned(epochDay: movedDay, nanoOfDay: time, zone: z) else { return t }
            let i = instant(epochDay: nd, nanoOfDay: nt, offset: no)
            return try fromEpoch(seconds: try Checked.add(i.seconds, d.seconds), nanos: i.nanos + d.nanos, zone: z)
        case .duration(let x):
            return .duration(try x.adding(d))
        }
    }

    private static func checkDay(_ day: Int64) throws(QueryError) -> Int64 {
        guard abs(CivilCalendar.civil(day).year) <= TemporalFields.maxYear else {
            throw .argumentError("the result is outside the supported range of years", detail: .invalidArgumentValue)
        }
        return day
    }
}
