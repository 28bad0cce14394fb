/// A calendar day of the proleptic Gregorian calendar (ISO 8601), with the precision it was
/// written in.
///
/// Clinical sources often give only a year (`2021`) or a month (`2024-07`). Such a date
/// stands for its first day, as openCypher's `date('2021')` does, and remembers its
/// precision so that it is written back as it was read. Equality, hashing and ordering look at
/// the day only: `2021` and `2021-01-01` are equal dates.
///
/// ```swift
/// let d = CalendarDate(iso: "2024-07")!   // 2024-07-01, precision .month
/// d.description                           // "2024-07"
/// d.epochDay                              // 19905
/// ```
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How much of the date its source stated.
    public enum Precision: UInt8, Sendable, Hashable {
        /// `YYYY`: the first of January stands for the year.
        case year
        /// `YYYY-MM`: the first of the month stands for the month.
        case month
        /// `YYYY-MM-DD`.
        case day
    }

    /// The years a date may have (four digits, as ISO 8601 writes them without sign).
    public static let storableYears: ClosedRange<Int64> = 1...9999

    /// Days since 1970-01-01.
    public let epochDay: Int64
    /// How much of the date was stated.
    public let precision: Precision

    /// A date from days since 1970-01-01.
    public init(epochDay: Int64, precision: Precision = .day) {
        self.epochDay = epochDay
        self.precision = precision
    }

    /// A date from its fields, or `nil` when they name no day (month 13, 30 February, a year
    /// outside 1…9999). Fields finer than `precision` must be 1.
    public init?(year: Int, month: Int = 1, day: Int = 1, precision: Precision = .day) {
        guard Self.storableYears.contains(Int64(year)), (1...12).contains(month),
              day >= 1, Int64(day) <= CivilCalendar.daysInMonth(Int64(year), Int64(month)) else { return nil }
        if precision != .day && day != 1 || precision == .year && month != 1 { return nil }
        self.init(epochDay: CivilCalendar.epochDay(year: Int64(year), month: Int64(month), day: Int64(day)), precision: precision)
    }

    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (four-digit year, two-digit month and day);
    /// `nil` for anything else, including days that do not exist.
    ///
    /// - Complexity: O(n) in the length of `text`.
    public init?(iso text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(parts.count) else { return nil }
        var fields: [Int] = []
        for (part, width) in zip(parts, widths) {
            guard part.utf8.count == width, part.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let n = Int(part) else { return nil }
            fields.append(n)
        }
        let precision: Precision = parts.count == 1 ? .year : parts.count == 2 ? .month : .day
        self.init(year: fields[0], month: fields.count > 1 ? fields[1] : 1, day: fields.count > 2 ? fields[2] : 1, precision: precision)
    }

    /// The year, month (1–12) and day (1–31) of the day.
    public var fields: (year: Int, month: Int, day: Int) {
        let c = CivilCalendar.civil(epochDay)
        return (Int(c.year), Int(c.month), Int(c.day))
    }

    /// The date as written at its precision: `2021`, `2021-03` or `2021-03-15`.
    public var description: String {
        let f = fields
        let year = Self.padded(f.year, 4)
        switch precision {
        case .year: return year
        case .month: return year + "-" + Self.padded(f.month, 2)
        case .day: return year + "-" + Self.padded(f.month, 2) + "-" + Self.padded(f.day, 2)
        }
    }

    /// The full day, `YYYY-MM-DD`, whatever the precision (what databases without partial
    /// dates take).
    public var isoDay: String { CalendarDate(epochDay: epochDay).description }

    /// Months from `earlier` to this date, counting days as fractions of an average
    /// (30.44-day) month when both dates state their day, whole months otherwise.
    public func months(since earlier: CalendarDate) -> Double {
        let a = earlier.fields, b = fields
        let whole = Double((b.year - a.year) * 12 + (b.month - a.month))
        guard precision == .day, earlier.precision == .day else { return whole }
        return whole + Double(b.day - a.day) / 30.44
    }

    /// Same day, whatever the precision.
    public static func == (a: CalendarDate, b: CalendarDate) -> Bool { a.epochDay == b.epochDay }
    /// Hashes the day only, as `==` compares.
    public func hash(into hasher: inout Hasher) { hasher.combine(epochDay) }
    /// Earlier day first.
    public static func < (a: CalendarDate, b: CalendarDate) -> Bool { a.epochDay < b.epochDay }

    private static func padded(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}

extension CalendarDate: Codable {
    /// Reads the date's text (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CalendarDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date (YYYY, YYYY-MM or YYYY-MM-DD): \(text)"))
        }
        self = date
    }

    /// Writes the date as its text at its precision.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
