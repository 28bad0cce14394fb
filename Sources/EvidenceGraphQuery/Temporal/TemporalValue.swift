/// A value of one of openCypher's six temporal types. Instants keep their local fields
/// (days since 1970-01-01 and nanoseconds since midnight) and, when zoned, the offset in
/// seconds east of UTC and an optional tz database zone name; durations keep months, days,
/// seconds and nanoseconds separately, as openCypher defines them.
public enum TemporalValue: Sendable, Hashable {
    /// `date`: a calendar day.
    case date(epochDay: Int64)
    /// `localtime`: a time of day without a zone.
    case localTime(nanoOfDay: Int64)
    /// `time`: a time of day at a fixed UTC offset.
    case time(nanoOfDay: Int64, offset: Int32)
    /// `localdatetime`: a day and a time of day without a zone.
    case localDateTime(epochDay: Int64, nanoOfDay: Int64)
    /// `datetime`: a day and time at an offset, with the named zone that chose the offset (if any).
    case dateTime(epochDay: Int64, nanoOfDay: Int64, offset: Int32, zone: String?)
    /// `duration`: an amount of months, days, seconds and nanoseconds.
    case duration(TemporalDuration)

    /// The openCypher type name (`Date`, `LocalTime`, `Time`, `LocalDateTime`, `DateTime`, `Duration`).
    public var typeName: String {
        switch self {
        case .date: "Date"
        case .localTime: "LocalTime"
        case .time: "Time"
        case .localDateTime: "LocalDateTime"
        case .dateTime: "DateTime"
        case .duration: "Duration"
        }
    }

    /// The day, for the types that have one.
    var epochDay: Int64? {
        switch self {
        case .date(let d), .localDateTime(let d, _), .dateTime(let d, _, _, _): d
        default: nil
        }
    }

    /// The time of day, for the types that have one.
    var nanoOfDay: Int64? {
        switch self {
        case .localTime(let t), .time(let t, _), .localDateTime(_, let t), .dateTime(_, let t, _, _): t
        default: nil
        }
    }

    /// The offset and zone name, for the zoned types.
    var zone: (offset: Int32, name: String?)? {
        switch self {
        case .time(_, let o): (o, nil)
        case .dateTime(_, _, let o, let z): (o, z)
        default: nil
        }
    }
}

/// Nanosecond and second constants.
enum TimeUnits {
    static let nanosPerSecond: Int64 = 1_000_000_000
    static let secondsPerDay: Int64 = 86_400
    static let nanosPerDay: Int64 = 86_400 * 1_000_000_000
    /// The average Gregorian month, 365.2425 / 12 days, in seconds (fractional months use it).
    static let secondsPerAverageMonth: Double = 2_629_746
}
