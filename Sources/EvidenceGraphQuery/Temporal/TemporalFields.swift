import EvidenceGraphCore

/// Validated construction of days and times from calendar fields.
enum TemporalFields {
    static let maxYear: Int64 = 999_999_999

    static func outOfRange(_ field: String, _ value: Int64) -> QueryError {
        .argumentError("\(field) \(value) is out of range", detail: .invalidArgumentValue)
    }

    static func check(_ field: String, _ value: Int64, _ range: ClosedRange<Int64>) throws(QueryError) {
        guard range.contains(value) else { throw outOfRange(field, value) }
    }

    static func calendarDate(_ year: Int64, _ month: Int64, _ day: Int64) throws(QueryError) -> Int64 {
        try check("year", year, -maxYear...maxYear)
        try check("month", month, 1...12)
        try check("day", day, 1...CivilCalendar.daysInMonth(year, month))
        return CivilCalendar.epochDay(year: year, month: month, day: day)
    }

    static func weekDate(_ weekYear: Int64, _ week: Int64, _ dayOfWeek: Int64) throws(QueryError) -> Int64 {
        try check("year", weekYear, -maxYear...maxYear)
        try check("week", week, 1...CivilCalendar.weeksInWeekYear(weekYear))
        try check("dayOfWeek", dayOfWeek, 1...7)
        return CivilCalendar.weekYearStart(weekYear) + (week - 1) * 7 + dayOfWeek - 1
    }

    static func ordinalDate(_ year: Int64, _ ordinal: Int64) throws(QueryError) -> Int64 {
        try check("year", year, -maxYear...maxYear)
        try check("ordinalDay", ordinal, 1...(CivilCalendar.isLeap(year) ? 366 : 365))
        return CivilCalendar.epochDay(year: year, month: 1, day: 1) + ordinal - 1
    }

    static func quarterDate(_ year: Int64, _ quarter: Int64, _ dayOfQuarter: Int64) throws(QueryError) -> Int64 {
        try check("year", year, -maxYear...maxYear)
        try check("quarter", quarter, 1...4)
        let start = CivilCalendar.epochDay(year: year, month: (quarter - 1) * 3 + 1, day: 1)
        let next = CivilCalendar.plusMonths(start, 3)
        try check("dayOfQuarter", dayOfQuarter, 1...(next - start))
        return start + dayOfQuarter - 1
    }

    static func timeOfDay(_ hour: Int64, _ minute: Int64, _ second: Int64, _ nanos: Int64) throws(QueryError) -> Int64 {
        try check("hour", hour, 0...23)
        try check("minute", minute, 0...59)
        try check("second", second, 0...59)
        try check("nanosecond", nanos, 0...999_999_999)
        return ((hour * 60 + minute) * 60 + second) * TimeUnits.nanosPerSecond + nanos
    }

    /// Quarter (1–4) and day of quarter of a day.
    static func quarter(of epochDay: Int64) -> (quarter: Int64, dayOfQuarter: Int64) {
        let c = CivilCalendar.civil(epochDay)
        let q = (c.month - 1) / 3 + 1
        return (q, epochDay - CivilCalendar.epochDay(year: c.year, month: (q - 1) * 3 + 1, day: 1) + 1)
    }
}
