import EvidenceGraphCore

/// Building temporal values from maps (`date({year: 1984, week: 10})`), with selection from
/// other temporals (`{date: d, day: 28}`, `{time: t, timezone: '+05:00'}`), as openCypher does:
/// given fields replace the base's, a new `timezone` converts a zoned base to the same instant
/// and is attached to a local one, and the default zone is UTC.
enum TemporalConstruction {
    /// The map's entries by lowercased key.
    struct Fields {
        var values: [String: Value] = [:]

        init(_ entries: [(key: String, value: Value)]) throws(QueryError) {
            let known: Set<String> = ["year", "month", "day", "week", "dayofweek", "ordinalday", "quarter", "dayofquarter",
                                      "hour", "minute", "second", "millisecond", "microsecond", "nanosecond", "timezone",
                                      "date", "time", "datetime", "epochseconds", "epochmillis"]
            for (k, v) in entries {
                let key = k.lowercased()
                guard known.contains(key) else { throw .argumentError("'\(k)' is not a temporal field", detail: .invalidArgumentValue) }
                values[key] = v
            }
        }

        func has(_ key: String) -> Bool { values[key] != nil }

        /// Throws when the map names a field the constructed type does not have.
        func reject(_ keys: Set<String>, for kind: String) throws(QueryError) {
            for key in values.keys where keys.contains(key) {
                throw .argumentError("\(kind)() cannot take the field '\(key)'", detail: .invalidArgumentValue)
            }
        }

        static let timeKeys: Set<String> = ["hour", "minute", "second", "millisecond", "microsecond", "nanosecond", "time", "timezone"]
        static let dateKeys: Set<String> = ["year", "month", "day", "week", "dayofweek", "ordinalday", "quarter", "dayofquarter", "date"]

        func integer(_ key: String) throws(QueryError) -> Int64? {
            guard let v = values[key] else { return nil }
            switch v {
            case .int(let i): return i
            case .float(let d) where d == d.rounded() && abs(d) < 9e18: return Int64(d)
            default: throw .typeError("\(key) must be an integer, got \(v.typeName)", detail: .invalidArgumentType)
            }
        }

        func temporal(_ key: String) throws(QueryError) -> TemporalValue? {
            guard let v = values[key] else { return nil }
            guard case .temporal(let t) = v else { throw .typeError("\(key) must be a temporal value, got \(v.typeName)") }
            return t
        }

        func zone() throws(QueryError) -> TimeZones.Zone? {
            guard let v = values["timezone"] else { return nil }
            guard case .string(let s) = v else { throw .typeError("timezone must be a string, got \(v.typeName)") }
            return try TimeZones.parse(s)
        }
    }

    /// The day the fields name, starting from `base` (or from nothing).
    static func date(_ f: Fields, base: Int64?) throws(QueryError) -> Int64 {
        let year = try f.integer("year")
        if f.has("week") || f.has("dayofweek") {
            let baseWeek = base.map(CivilCalendar.isoWeek)
            guard let weekYear = year ?? baseWeek?.weekYear else { throw missing("year") }
            guard let week = try f.integer("week") ?? baseWeek?.week else { throw missing("week") }
            let dayOfWeek = try f.integer("dayofweek") ?? base.map(CivilCalendar.dayOfWeek) ?? 1
            return try TemporalFields.weekDate(weekYear, week, dayOfWeek)
        }
        let baseCivil = base.map(CivilCalendar.civil)
        guard let y = year ?? baseCivil?.year else { throw missing("year") }
        if let ordinal = try f.integer("ordinalday") { return try TemporalFields.ordinalDate(y, ordinal) }
        if f.has("quarter") || f.has("dayofquarter") {
            let q = base.map(TemporalFields.quarter)
            guard let quarter = try f.integer("quarter") ?? q?.quarter else { throw missing("quarter") }
            return try TemporalFields.quarterDate(y, quarter, try f.integer("dayofquarter") ?? q?.dayOfQuarter ?? 1)
        }
        if f.has("day"), !f.has("month"), base == nil { throw missing("month") }
        let month = try f.integer("month") ?? baseCivil?.month ?? 1
        var day = try f.integer("day") ?? baseCivil?.day ?? 1
        if !f.has("day"), base != nil { day = min(day, CivilCalendar.daysInMonth(y, month)) }
        return try TemporalFields.calendarDate(y, month, day)
    }

    /// The time of day the fields name, starting from `base` (or midnight).
    static func time(_ f: Fields, base: Int64?) throws(QueryError) -> Int64 {
        let b = base ?? 0
        let baseSeconds = b / TimeUnits.nanosPerSecond
        let hour = try f.integer("hour") ?? baseSeconds / 3600
        let minute = try f.integer("minute") ?? baseSeconds / 60 % 60
        let second = try f.integer("second") ?? baseSeconds % 60
        if base == nil {
            if f.has("minute") && !f.has("hour") { throw missing("hour") }
            if f.has("second") && !f.has("minute") { throw missing("minute") }
        }
        var nanos = b % TimeUnits.nanosPerSecond
        let ms = try f.integer("millisecond"), us = try f.integer("microsecond"), ns = try f.integer("nanosecond")
        if ms != nil || us != nil || ns != nil {
            if let ms { try TemporalFields.check("millisecond", ms, 0...999) }
            if let us { try TemporalFields.check("microsecond", us, ms == nil ? 0...999_999 : 0...999) }
            if let ns { try TemporalFields.check("nanosecond", ns, ms == nil && us == nil ? 0...999_999_999 : 0...999) }
            nanos = (ms ?? 0) * 1_000_000 + (us ?? 0) * 1000 + (ns ?? 0)
        }
        return try TemporalFields.timeOfDay(hour, minute, second, nanos)
    }

    static func missing(_ field: String) -> QueryError {
        .argumentError("a temporal map needs '\(field)' here", detail: .invalidArgumentValue)
    }

    /// `date(map)`.
    static func makeDate(_ f: Fields) throws(QueryError) -> TemporalValue {
        try f.reject(Fields.timeKeys.union(["epochseconds", "epochmillis"]), for: "date")
        let d = try f.temporal("date"), dt = try f.temporal("datetime")
        let base = d?.epochDay ?? dt?.epochDay
        return .date(epochDay: try date(f, base: base))
    }

    /// `localtime(map)`.
    static func makeLocalTime(_ f: Fields) throws(QueryError) -> TemporalValue {
        try f.reject(Fields.dateKeys.union(["timezone", "epochseconds", "epochmillis"]), for: "localtime")
        let t = try f.temporal("time"), dt = try f.temporal("datetime")
        let base = t?.nanoOfDay ?? dt?.nanoOfDay
        return .localTime(nanoOfDay: try time(f, base: base))
    }

    /// `time(map)`.
    static func makeTime(_ f: Fields, defaultZone: TimeZones.Zone) throws(QueryError) -> TemporalValue {
        try f.reject(Fields.dateKeys.union(["epochseconds", "epochmillis"]), for: "time")
        let t = try f.temporal("time"), dt = try f.temporal("datetime")
        let baseValue = t ?? dt
        let local = try time(f, base: baseValue?.nanoOfDay)
        let baseZone = baseValue?.zone
        guard let zone = try f.zone() else {
            return .time(nanoOfDay: local, offset: baseZone?.offset ?? offsetToday(defaultZone, local))
        }
        let target = offsetToday(zone, local)
        guard let baseZone else { return .time(nanoOfDay: local, offset: target) }
        let shifted = floorMod(local + Int64(target - baseZone.offset) * TimeUnits.nanosPerSecond, TimeUnits.nanosPerDay)
        return .time(nanoOfDay: shifted, offset: target)
    }

    /// `localdatetime(map)`.
    static func makeLocalDateTime(_ f: Fields) throws(QueryError) -> TemporalValue {
        try f.reject(["timezone", "epochseconds", "epochmillis"], for: "localdatetime")
        let dt = try f.temporal("datetime"), d = try f.temporal("date"), tb = try f.temporal("time")
        let day = try date(f, base: d?.epochDay ?? dt?.epochDay)
        let t = try time(f, base: tb?.nanoOfDay ?? dt?.nanoOfDay)
        return .localDateTime(epochDay: day, nanoOfDay: t)
    }

    /// `datetime(map)`.
    static func makeDateTime(_ f: Fields, defaultZone: TimeZones.Zone) throws(QueryError) -> TemporalValue {
        if let seconds = try f.integer("epochseconds") {
            return try TemporalMath.fromEpoch(seconds: seconds, nanos: try f.integer("nanosecond") ?? 0, zone: try f.zone() ?? defaultZone)
        }
        if let millis = try f.integer("epochmillis") {
            return try TemporalMath.fromEpoch(seconds: floorDiv(millis, 1000), nanos: floorMod(millis, 1000) * 1_000_000,
                                              zone: try f.zone() ?? defaultZone)
        }
        let dt = try f.temporal("datetime"), d = try f.temporal("date"), tb = try f.temporal("time")
        let timeBase = tb ?? dt
        let day = try date(f, base: d?.epochDay ?? dt?.epochDay)
        let t = try time(f, base: timeBase?.nanoOfDay)
        let requested = try f.zone()
        guard let baseZone = timeBase?.zone else {
            return TemporalMath.zoned(epochDay: day, nanoOfDay: t, zone: requested ?? defaultZone)
        }
        let baseZoneValue: TimeZones.Zone = baseZone.name.map { .named($0) } ?? .offset(baseZone.offset)
        let inBase = TemporalMath.zoned(epochDay: day, nanoOfDay: t, zone: baseZoneValue)
        guard let requested else { return inBase }
        return TemporalMath.convert(inBase, to: requested)
    }

    /// A zone's offset for a time without a day (named zones: as of today's date is unknown, so
    /// the zone's current standard rules are used via the epoch day 0).
    private static func offsetToday(_ zone: TimeZones.Zone, _ nanoOfDay: Int64) -> Int32 {
        TimeZones.resolve(zone, epochDay: TemporalClock.today(), nanoOfDay: nanoOfDay).offset
    }
}
