import EvidenceGraphCore

/// Parses the ISO 8601 forms openCypher accepts for `date('…')`, `localtime('…')`,
/// `time('…')`, `localdatetime('…')`, `datetime('…')` and `duration('…')`: calendar, week
/// (`2015-W30-2`) and ordinal (`2015-202`) dates, basic (`20150721`) and extended forms,
/// reduced precision (`2015-07`, `21:40`), fractions with `.` or `,`, offsets and `[Zone/Name]`.
enum TemporalParsing {
    /// Parsed date, time and zone parts of a string.
    struct Parts {
        var epochDay: Int64?
        var nanoOfDay: Int64?
        var zone: TimeZones.Zone?
    }

    static func invalid(_ text: String, _ kind: String) -> QueryError {
        .argumentError("'\(text)' is not a valid \(kind)", detail: .invalidArgumentValue)
    }

    /// Splits `date[Ttime[zone]]`, `time[zone]` (when `timeOnly`) into parts.
    static func parse(_ text: String, timeOnly: Bool, kind: String) throws(QueryError) -> Parts {
        var c = Cursor(text)
        var parts = Parts()
        if !timeOnly {
            parts.epochDay = try date(&c, text, kind)
            if c.atEnd { return parts }
            guard c.take(UInt8(ascii: "T")) else { throw invalid(text, kind) }
        }
        parts.nanoOfDay = try time(&c, text, kind)
        if !c.atEnd { parts.zone = try zone(&c, text, kind) }
        guard c.atEnd else { throw invalid(text, kind) }
        return parts
    }

    private static func date(_ c: inout Cursor, _ text: String, _ kind: String) throws(QueryError) -> Int64 {
        var year: Int64
        if let sign = c.peek, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            c.advance()
            guard let (y, n) = c.digits(max: 9), n >= 4 else { throw invalid(text, kind) }
            year = sign == UInt8(ascii: "-") ? -y : y
        } else {
            guard let (y, n) = c.digits(exactly: 4), n == 4 else { throw invalid(text, kind) }
            year = y
        }
        let extended = c.take(UInt8(ascii: "-"))
        if c.atEnd || c.peek == UInt8(ascii: "T") {
            if extended { throw invalid(text, kind) }
            return CivilCalendar.epochDay(year: year, month: 1, day: 1)
        }
        if c.take(UInt8(ascii: "W")) {
            guard let (week, _) = c.digits(exactly: 2) else { throw invalid(text, kind) }
            var dayOfWeek: Int64 = 1
            if extended ? c.take(UInt8(ascii: "-")) : (c.peek.map { $0 >= 48 && $0 <= 57 } ?? false) {
                guard let (d, _) = c.digits(exactly: 1) else { throw invalid(text, kind) }
                dayOfWeek = d
            }
            return try TemporalFields.weekDate(year, week, dayOfWeek)
        }
        let run = c.digitRun
        if extended {
            if run == 3 {
                let (ordinal, _) = c.digits(exactly: 3)!
                return try TemporalFields.ordinalDate(year, ordinal)
            }
            guard run == 2 else { throw invalid(text, kind) }
            let (month, _) = c.digits(exactly: 2)!
            var day: Int64 = 1
            if c.take(UInt8(ascii: "-")) {
                guard let (d, _) = c.digits(exactly: 2) else { throw invalid(text, kind) }
                day = d
            }
            return try TemporalFields.calendarDate(year, month, day)
        }
        switch run {
        case 2: return try TemporalFields.calendarDate(year, c.digits(exactly: 2)!.0, 1)
        case 3: return try TemporalFields.ordinalDate(year, c.digits(exactly: 3)!.0)
        case 4:
            let month = c.digits(exactly: 2)!.0, day = c.digits(exactly: 2)!.0
            return try TemporalFields.calendarDate(year, month, day)
        default: throw invalid(text, kind)
        }
    }

    private static func time(_ c: inout Cursor, _ text: String, _ kind: String) throws(QueryError) -> Int64 {
        guard let (hour, _) = c.digits(exactly: 2) else { throw invalid(text, kind) }
        var minute: Int64 = 0, second: Int64 = 0, nanos: Int64 = 0
        let extended = c.peek == UInt8(ascii: ":")
        func separator(_ c: inout Cursor) -> Bool {
            if extended { return c.take(UInt8(ascii: ":")) }
            return c.digitRun >= 2
        }
        if separator(&c) {
            guard let (m, _) = c.digits(exactly: 2) else { throw invalid(text, kind) }
            minute = m
            if separator(&c) {
                guard let (s, _) = c.digits(exactly: 2) else { throw invalid(text, kind) }
                second = s
                if c.take(UInt8(ascii: ".")) || c.take(UInt8(ascii: ",")) {
                    guard let (f, n) = c.digits(max: 9), n > 0 else { throw invalid(text, kind) }
                    nanos = f
                    for _ in n..<9 { nanos *= 10 }
                }
            }
        }
        return try TemporalFields.timeOfDay(hour, minute, second, nanos)
    }

    private static func zone(_ c: inout Cursor, _ text: String, _ kind: String) throws(QueryError) -> TimeZones.Zone {
        var zone: TimeZones.Zone?
        if c.peek != UInt8(ascii: "[") {
            let offsetText = c.take { $0 != UInt8(ascii: "[") }
            guard let o = TimeZones.offset(offsetText) else { throw invalid(text, kind) }
            zone = .offset(o)
        }
        if c.take(UInt8(ascii: "[")) {
            let name = c.take { $0 != UInt8(ascii: "]") }
            guard c.take(UInt8(ascii: "]")) else { throw invalid(text, kind) }
            zone = try TimeZones.parse(name)
        }
        guard let zone else { throw invalid(text, kind) }
        return zone
    }

    /// Parses `P…` durations: `P1Y2M3W4DT5H6M7.5S` (any unit may be signed or fractional)
    /// or the alternative `P2012-02-02T14:37:21.545`.
    static func duration(_ text: String) throws(QueryError) -> TemporalDuration {
        var c = Cursor(text)
        let negative = c.take(UInt8(ascii: "-"))
        guard c.take(UInt8(ascii: "P")) || c.take(UInt8(ascii: "p")) else { throw invalid(text, "duration") }
        if c.remaining.contains(UInt8(ascii: "-")) && !c.remaining.contains(where: { [89, 77, 87, 68, 72, 83].contains($0) }) {
            return try alternativeDuration(&c, text, negative)
        }
        var months = 0.0, days = 0.0, seconds = 0.0
        var exactSeconds: Int64 = 0, nanos: Int64 = 0
        var fractional = false, inTime = false, any = false
        while !c.atEnd {
            if c.take(UInt8(ascii: "T")) { inTime = true; continue }
            let sign: Int64 = c.take(UInt8(ascii: "-")) ? -1 : 1
            if sign == 1 { _ = c.take(UInt8(ascii: "+")) }
            guard let (whole, n) = c.digits(max: 18), n > 0 else { throw invalid(text, "duration") }
            var fraction: Int64 = 0, fractionDigits = 0
            if c.take(UInt8(ascii: ".")) || c.take(UInt8(ascii: ",")) {
                guard let (f, k) = c.digits(max: 9), k > 0 else { throw invalid(text, "duration") }
                fraction = f
                fractionDigits = k
            }
            var fractionNanos = fraction
            for _ in fractionDigits..<9 { fractionNanos *= 10 }
            let value = Double(sign) * (Double(whole) + Double(fraction) / pow10(fractionDigits))
            guard let unit = c.next() else { throw invalid(text, "duration") }
            any = true
            switch (inTime, unit) {
            case (false, UInt8(ascii: "Y")): months += value * 12; fractional = fractional || fraction != 0
            case (false, UInt8(ascii: "M")): months += value; fractional = fractional || fraction != 0
            case (false, UInt8(ascii: "W")): days += value * 7; fractional = fractional || fraction != 0
            case (false, UInt8(ascii: "D")): days += value; fractional = fractional || fraction != 0
            case (true, UInt8(ascii: "H")): seconds += value * 3600; exactSeconds += sign * whole * 3600; fractional = fractional || fraction != 0
            case (true, UInt8(ascii: "M")): seconds += value * 60; exactSeconds += sign * whole * 60; fractional = fractional || fraction != 0
            case (true, UInt8(ascii: "S")):
                seconds += value
                exactSeconds += sign * whole
                nanos += sign * fractionNanos
            default: throw invalid(text, "duration")
            }
        }
        guard any else { throw invalid(text, "duration") }
        var d: TemporalDuration
        if fractional {
            d = try TemporalDuration.approximate(months: months, days: days, seconds: seconds, nanos: 0)
        } else {
            d = TemporalDuration(months: Int64(months), days: Int64(days), seconds: exactSeconds, nanos: nanos)
        }
        if negative { d = d.negated }
        return d
    }

    private static func alternativeDuration(_ c: inout Cursor, _ text: String, _ negative: Bool) throws(QueryError) -> TemporalDuration {
        guard let (y, _) = c.digits(exactly: 4), c.take(UInt8(ascii: "-")), let (mo, _) = c.digits(exactly: 2),
              c.take(UInt8(ascii: "-")), let (d, _) = c.digits(exactly: 2) else { throw invalid(text, "duration") }
        var nanoOfDay: Int64 = 0
        if c.take(UInt8(ascii: "T")) {
            nanoOfDay = try time(&c, text, "duration")
        }
        guard c.atEnd else { throw invalid(text, "duration") }
        let result = TemporalDuration(months: y * 12 + mo, days: d, seconds: 0, nanos: nanoOfDay)
        return negative ? result.negated : result
    }

    private static func pow10(_ n: Int) -> Double {
        var p = 1.0
        for _ in 0..<n { p *= 10 }
        return p
    }
}

/// A byte cursor over ASCII text.
struct Cursor {
    private let bytes: [UInt8]
    private var index = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    var atEnd: Bool { index >= bytes.count }
    var peek: UInt8? { atEnd ? nil : bytes[index] }
    var remaining: ArraySlice<UInt8> { bytes[index...] }

    mutating func advance() { index += 1 }

    mutating func next() -> UInt8? {
        guard let b = peek else { return nil }
        index += 1
        return b
    }

    /// Consumes `byte` if it is next.
    mutating func take(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        index += 1
        return true
    }

    /// Consumes bytes while `keep` holds; returns them as text.
    mutating func take(while keep: (UInt8) -> Bool) -> String {
        let start = index
        while let b = peek, keep(b) { index += 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// How many digits follow.
    var digitRun: Int {
        var i = index
        while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 { i += 1 }
        return i - index
    }

    /// Exactly `n` digits, or `nil` (consuming nothing).
    mutating func digits(exactly n: Int) -> (Int64, Int)? {
        guard digitRun >= n else { return nil }
        var v: Int64 = 0
        for _ in 0..<n { v = v * 10 + Int64(bytes[index] - 48); index += 1 }
        return (v, n)
    }

    /// Up to `n` digits (at least one), or `nil`.
    mutating func digits(max n: Int) -> (Int64, Int)? {
        let k = min(digitRun, n)
        guard k > 0 else { return nil }
        return digits(exactly: k)
    }
}
