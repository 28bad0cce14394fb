import EvidenceGraphCore

/// `date.truncate`, `datetime.truncate`, `localdatetime.truncate`, `localtime.truncate` and
/// `time.truncate`: the value cut down to a unit (`millennium` … `microsecond`), then the
/// map's fields applied on top (a sub-unit field adds to a truncated millisecond or
/// microsecond instead of replacing it), then the map's `timezone` attached.
enum TemporalTruncation {
    private static let dateUnits: Set<String> = ["millennium", "century", "decade", "year", "weekyear", "quarter", "month", "week", "day"]
    private static let timeUnits: [String: Int64] = [
        "hour": 3_600_000_000_000, "minute": 60_000_000_000, "second": 1_000_000_000,
        "millisecond": 1_000_000, "microsecond": 1000,
    ]

    /// Truncates `value` into a temporal of kind `target` (a constructor name).
    static func truncate(_ target: String, unitName: String, _ value: TemporalValue, _ entries: [(key: String, value: Value)],
                         defaultZone: TimeZones.Zone) throws(QueryError) -> TemporalValue {
        let unit = unitName.lowercased()
        var fields = try TemporalConstruction.Fields(entries)
        var day = value.epochDay
        var time = value.nanoOfDay ?? 0
        if dateUnits.contains(unit) {
            guard let d = day else { throw .argumentError("cannot truncate a \(value.typeName) to \(unitName)", detail: .invalidArgumentValue) }
            day = truncateDay(d, unit)
            time = 0
        } else if let size = timeUnits[unit] {
            guard value.nanoOfDay != nil else { throw .argumentError("cannot truncate a \(value.typeName) to \(unitName)", detail: .invalidArgumentValue) }
            time = time / size * size
            if unit == "millisecond" || unit == "microsecond" {
                let us = try fields.integer("microsecond"), ns = try fields.integer("nanosecond")
                if us != nil || ns != nil {
                    let extra = (unit == "millisecond" ? (us ?? 0) * 1000 : 0) + (ns ?? 0)
                    fields.values["microsecond"] = nil
                    fields.values["nanosecond"] = .int(time % TimeUnits.nanosPerSecond + extra)
                }
            }
        } else {
            throw .argumentError("unknown truncation unit '\(unitName)'", detail: .invalidArgumentValue)
        }
        if target == "date" || target == "datetime" || target == "localdatetime" {
            guard let d = day else { throw .argumentError("cannot make a \(target) from a \(value.typeName)", detail: .invalidArgumentValue) }
            day = try TemporalConstruction.date(fields, base: d)
        }
        time = try TemporalConstruction.time(fields, base: time)
        let zone = try fields.zone() ?? value.zone.map { TemporalMath.zoneOf($0.offset, $0.name) } ?? defaultZone
        switch target {
        case "date": return .date(epochDay: day!)
        case "localdatetime": return .localDateTime(epochDay: day!, nanoOfDay: time)
        case "datetime": return TemporalMath.zoned(epochDay: day!, nanoOfDay: time, zone: zone)
        case "localtime": return .localTime(nanoOfDay: time)
        default:
            let offset = TimeZones.resolve(zone, epochDay: day ?? TemporalClock.today(), nanoOfDay: time).offset
            return .time(nanoOfDay: time, offset: offset)
        }
    }

    private static func truncateDay(_ d: Int64, _ unit: String) -> Int64 {
        let c = CivilCalendar.civil(d)
        func yearStart(_ y: Int64) -> Int64 { CivilCalendar.epochDay(year: y, month: 1, day: 1) }
        switch unit {
        case "millennium": return yearStart(floorDiv(c.year, 1000) * 1000)
        case "century": return yearStart(floorDiv(c.year, 100) * 100)
        case "decade": return yearStart(floorDiv(c.year, 10) * 10)
        case "year": return yearStart(c.year)
        case "weekyear": return CivilCalendar.weekYearStart(CivilCalendar.isoWeek(d).weekYear)
        case "quarter": return CivilCalendar.epochDay(year: c.year, month: (c.month - 1) / 3 * 3 + 1, day: 1)
        case "month": return CivilCalendar.epochDay(year: c.year, month: c.month, day: 1)
        case "week": return d - (CivilCalendar.dayOfWeek(d) - 1)
        default: return d
        }
    }
}
