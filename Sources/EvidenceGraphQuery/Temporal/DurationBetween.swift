import EvidenceGraphCore

/// `duration.between`, `duration.inMonths`, `duration.inDays` and `duration.inSeconds`, as
/// java.time's `until`: a side without a day takes the other's day, a side without a time
/// midnight, a local side the other's zone; months and days count on local dates (the end
/// moved into the start's zone), the rest is the exact elapsed time.
enum DurationBetween {
    enum Unit { case all, months, days, seconds }

    private struct Point {
        var day: Int64
        var time: Int64
        var zone: TimeZones.Zone?
        var offset: Int32 = 0

        var instant: (seconds: Int64, nanos: Int64) { TemporalMath.instant(epochDay: day, nanoOfDay: time, offset: offset) }

        mutating func resolve() {
            guard let zone else { return }
            offset = TimeZones.resolve(zone, epochDay: day, nanoOfDay: time).offset
        }
    }

    static func between(_ a: TemporalValue, _ b: TemporalValue, _ unit: Unit) throws(QueryError) -> TemporalDuration {
        if case .duration = a { throw .typeError("duration.between() cannot take a Duration") }
        if case .duration = b { throw .typeError("duration.between() cannot take a Duration") }
        let bothDates = a.epochDay != nil && b.epochDay != nil
        var p = Point(day: a.epochDay ?? b.epochDay ?? 0, time: a.nanoOfDay ?? 0, zone: zone(a))
        var q = Point(day: b.epochDay ?? a.epochDay ?? 0, time: b.nanoOfDay ?? 0, zone: zone(b))
        if p.zone == nil { p.zone = q.zone }
        if q.zone == nil { q.zone = p.zone }
        p.resolve()
        q.resolve()
        var end = q
        if let z = p.zone {
            let i = q.instant
            if case .dateTime(let d, let t, let o, _) = try TemporalMath.fromEpoch(seconds: i.seconds, nanos: i.nanos, zone: z) {
                end = Point(day: d, time: t, zone: z, offset: o)
            }
        }
        var months: Int64 = 0, days: Int64 = 0
        var start = p
        if bothDates && unit != .seconds {
            if unit != .days {
                months = CivilCalendar.monthsUntil(start.day, adjustedEndDay(start, end))
                start.day = CivilCalendar.plusMonths(start.day, months)
                if unit == .months { return TemporalDuration(months: months, days: 0, seconds: 0, nanos: 0) }
            }
            days = adjustedEndDay(start, end) - start.day
            start.day += days
            if unit == .days { return TemporalDuration(months: 0, days: days, seconds: 0, nanos: 0) }
            start.resolve()
        } else if unit == .months || unit == .days {
            return .zero
        }
        let from = start.zone == nil ? (start.day * TimeUnits.secondsPerDay + start.time / TimeUnits.nanosPerSecond, start.time % TimeUnits.nanosPerSecond) : start.instant
        let to = q.zone == nil ? (q.day * TimeUnits.secondsPerDay + q.time / TimeUnits.nanosPerSecond, q.time % TimeUnits.nanosPerSecond) : q.instant
        return TemporalDuration(months: months, days: days, seconds: to.0 - from.0, nanos: to.1 - from.1)
    }

    /// java.time's end-day adjustment: a partial day at the end does not count.
    private static func adjustedEndDay(_ start: Point, _ end: Point) -> Int64 {
        if end.day > start.day && end.time < start.time { return end.day - 1 }
        if end.day < start.day && end.time > start.time { return end.day + 1 }
        return end.day
    }

    private static func zone(_ t: TemporalValue) -> TimeZones.Zone? {
        switch t {
        case .time(_, let o): return .offset(o)
        case .dateTime(_, _, let o, let name): return TemporalMath.zoneOf(o, name)
        default: return nil
        }
    }
}
