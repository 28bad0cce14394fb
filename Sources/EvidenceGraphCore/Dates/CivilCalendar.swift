/// The proleptic Gregorian calendar on days since 1970-01-01 (ISO 8601, as java.time), with
/// ISO week dates (weeks start on Monday; week 1 holds the year's first Thursday).
package enum CivilCalendar {
    /// Days since 1970-01-01 of a valid year, month (1–12) and day.
    package static func epochDay(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = floorDiv(y, 400)
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The year, month and day of a day since 1970-01-01.
    package static func civil(_ epochDay: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = epochDay + 719_468
        let era = floorDiv(z, 146_097)
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    package static func isLeap(_ year: Int64) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    package static func daysInMonth(_ year: Int64, _ month: Int64) -> Int64 {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// ISO day of the week: Monday 1 … Sunday 7.
    package static func dayOfWeek(_ epochDay: Int64) -> Int64 { floorMod(epochDay + 3, 7) + 1 }

    /// Day of the year, 1-based.
    package static func dayOfYear(_ epochDay: Int64) -> Int64 {
        epochDay - CivilCalendar.epochDay(year: civil(epochDay).year, month: 1, day: 1) + 1
    }

    /// The Monday of ISO week 1 of `weekYear`.
    package static func weekYearStart(_ weekYear: Int64) -> Int64 {
        let jan4 = epochDay(year: weekYear, month: 1, day: 4)
        return jan4 - (dayOfWeek(jan4) - 1)
    }

    /// Number of ISO weeks in `weekYear` (52 or 53).
    package static func weeksInWeekYear(_ weekYear: Int64) -> Int64 {
        (weekYearStart(weekYear + 1) - weekYearStart(weekYear)) / 7
    }

    /// The ISO week-based year and week of a day.
    package static func isoWeek(_ epochDay: Int64) -> (weekYear: Int64, week: Int64) {
        let year = civil(epochDay).year
        var wy = year
        if epochDay < weekYearStart(year) { wy = year - 1 } else if epochDay >= weekYearStart(year + 1) { wy = year + 1 }
        return (wy, (epochDay - weekYearStart(wy)) / 7 + 1)
    }

    /// Adds months as java.time does: the day is clamped to the target month's length.
    package static func plusMonths(_ epochDay: Int64, _ months: Int64) -> Int64 {
        if months == 0 { return epochDay }
        let c = civil(epochDay)
        let total = c.year * 12 + (c.month - 1) + months
        let y = floorDiv(total, 12), m = floorMod(total, 12) + 1
        return CivilCalendar.epochDay(year: y, month: m, day: min(c.day, daysInMonth(y, m)))
    }

    /// Whole months from one day to another (java.time `LocalDate.until(_, MONTHS)`).
    package static func monthsUntil(_ from: Int64, _ to: Int64) -> Int64 {
        let a = civil(from), b = civil(to)
        let p1 = (a.year * 12 + a.month - 1) * 32 + a.day
        let p2 = (b.year * 12 + b.month - 1) * 32 + b.day
        return (p2 - p1) / 32
    }
}

/// Floor division and modulo for Int64 (towards −∞).
@inline(__always) package func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
    let q = a / b
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q
}

@inline(__always) package func floorMod(_ a: Int64, _ b: Int64) -> Int64 { a - floorDiv(a, b) * b }
