import EvidenceGraphCore

/// Components of temporal values: `d.year`, `t.hour`, `dt.epochSeconds`, `dur.days`, ….
enum TemporalAccessors {
    /// The component `key` of `t`, or `nil` when `t` has no such component.
    static func get(_ t: TemporalValue, _ key: String) -> Value? {
        let k = key.lowercased()
        if case .duration(let d) = t { return duration(d, k) }
        if let day = t.epochDay, let v = date(day, k) { return v }
        if let time = t.nanoOfDay, let v = self.time(time, k) { return v }
        if let zone = t.zone, let v = self.zone(zone.offset, zone.name, k) { return v }
        if case .dateTime(let day, let time, let offset, _) = t {
            let i = TemporalMath.instant(epochDay: day, nanoOfDay: time, offset: offset)
            switch k {
            case "epochseconds": return .int(i.seconds)
            case "epochmillis": return .int(i.seconds * 1000 + i.nanos / 1_000_000)
            default: break
            }
        }
        return nil
    }

    private static func date(_ day: Int64, _ k: String) -> Value? {
        let c = CivilCalendar.civil(day)
        switch k {
        case "year": return .int(c.year)
        case "quarter": return .int((c.month - 1) / 3 + 1)
        case "month": return .int(c.month)
        case "week": return .int(CivilCalendar.isoWeek(day).week)
        case "weekyear": return .int(CivilCalendar.isoWeek(day).weekYear)
        case "day": return .int(c.day)
        case "ordinalday": return .int(CivilCalendar.dayOfYear(day))
        case "weekday", "dayofweek": return .int(CivilCalendar.dayOfWeek(day))
        case "dayofquarter": return .int(TemporalFields.quarter(of: day).dayOfQuarter)
        default: return nil
        }
    }

    private static func time(_ t: Int64, _ k: String) -> Value? {
        let s = t / TimeUnits.nanosPerSecond, n = t % TimeUnits.nanosPerSecond
        switch k {
        case "hour": return .int(s / 3600)
        case "minute": return .int(s / 60 % 60)
        case "second": return .int(s % 60)
        case "millisecond": return .int(n / 1_000_000)
        case "microsecond": return .int(n / 1000)
        case "nanosecond": return .int(n)
        default: return nil
        }
    }

    private static func zone(_ offset: Int32, _ name: String?, _ k: String) -> Value? {
        var text = ""
        TemporalText.appendOffset(offset, to: &text)
        switch k {
        case "timezone": return .string(name ?? text)
        case "offset": return .string(text)
        case "offsetminutes": return .int(Int64(offset) / 60)
        case "offsetseconds": return .int(Int64(offset))
        default: return nil
        }
    }

    private static func duration(_ d: TemporalDuration, _ k: String) -> Value? {
        switch k {
        case "years": return .int(d.months / 12)
        case "quarters": return .int(d.months / 3)
        case "months": return .int(d.months)
        case "weeks": return .int(d.days / 7)
        case "days": return .int(d.days)
        case "hours": return .int(d.seconds / 3600)
        case "minutes": return .int(d.seconds / 60)
        case "seconds": return .int(d.seconds)
        case "milliseconds": return .int(d.seconds &* 1000 &+ d.nanos / 1_000_000)
        case "microseconds": return .int(d.seconds &* 1_000_000 &+ d.nanos / 1000)
        case "nanoseconds": return .int(d.seconds &* 1_000_000_000 &+ d.nanos)
        case "quartersofyear": return .int(d.months % 12 / 3)
        case "monthsofquarter": return .int(d.months % 3)
        case "monthsofyear": return .int(d.months % 12)
        case "daysofweek": return .int(d.days % 7)
        case "minutesofhour": return .int(d.seconds / 60 % 60)
        case "secondsofminute": return .int(d.seconds % 60)
        case "millisecondsofsecond": return .int(d.nanos / 1_000_000)
        case "microsecondsofsecond": return .int(d.nanos / 1000)
        case "nanosecondsofsecond": return .int(d.nanos)
        default: return nil
        }
    }
}
