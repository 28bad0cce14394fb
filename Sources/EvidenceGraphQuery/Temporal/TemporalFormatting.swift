import EvidenceGraphCore

extension TemporalValue: CustomStringConvertible {
    /// ISO 8601 text as openCypher prints it: `1984-10-11`, `12:31:14.645876123`, `12:00Z`,
    /// `1984-10-11T12:31+01:00[Europe/Stockholm]`, `P1Y2M3DT4H5M6.7S`. Seconds appear only
    /// when not zero, fractions in groups of three digits.
    public var description: String {
        var out = ""
        switch self {
        case .date(let d): TemporalText.appendDate(d, to: &out)
        case .localTime(let t): TemporalText.appendTime(t, to: &out)
        case .time(let t, let o):
            TemporalText.appendTime(t, to: &out)
            TemporalText.appendOffset(o, to: &out)
        case .localDateTime(let d, let t):
            TemporalText.appendDate(d, to: &out)
            out += "T"
            TemporalText.appendTime(t, to: &out)
        case .dateTime(let d, let t, let o, let zone):
            TemporalText.appendDate(d, to: &out)
            out += "T"
            TemporalText.appendTime(t, to: &out)
            TemporalText.appendOffset(o, to: &out)
            if let zone { out += "[" + zone + "]" }
        case .duration(let d): TemporalText.appendDuration(d, to: &out)
        }
        return out
    }
}

/// Pieces of the ISO 8601 rendering.
enum TemporalText {
    static func appendDate(_ epochDay: Int64, to out: inout String) {
        let c = CivilCalendar.civil(epochDay)
        if c.year > 9999 { out += "+" }
        if c.year < 0 { out += "-" }
        pad(abs(c.year), 4, &out)
        out += "-"
        pad(c.month, 2, &out)
        out += "-"
        pad(c.day, 2, &out)
    }

    static func appendTime(_ nanoOfDay: Int64, to out: inout String) {
        let seconds = nanoOfDay / TimeUnits.nanosPerSecond, nanos = nanoOfDay % TimeUnits.nanosPerSecond
        pad(seconds / 3600, 2, &out)
        out += ":"
        pad(seconds / 60 % 60, 2, &out)
        if seconds % 60 != 0 || nanos != 0 {
            out += ":"
            pad(seconds % 60, 2, &out)
            appendFraction(nanos, to: &out)
        }
    }

    /// `.fff`, `.ffffff` or `.fffffffff` for a positive nanosecond count; nothing for zero.
    static func appendFraction(_ nanos: Int64, to out: inout String) {
        guard nanos != 0 else { return }
        out += "."
        if nanos % 1_000_000 == 0 { pad(nanos / 1_000_000, 3, &out) }
        else if nanos % 1000 == 0 { pad(nanos / 1000, 6, &out) }
        else { pad(nanos, 9, &out) }
    }

    /// `Z`, `+01:00` or `+02:05:59`.
    static func appendOffset(_ offset: Int32, to out: inout String) {
        if offset == 0 { out += "Z"; return }
        let a = Int64(abs(offset))
        out += offset < 0 ? "-" : "+"
        pad(a / 3600, 2, &out)
        out += ":"
        pad(a / 60 % 60, 2, &out)
        if a % 60 != 0 {
            out += ":"
            pad(a % 60, 2, &out)
        }
    }

    /// `PnYnMnDTnHnMn.nS`; zero is `PT0S`. A negative seconds part with a fraction prints
    /// with both parts negative (`PT-1.5S`).
    static func appendDuration(_ d: TemporalDuration, to out: inout String) {
        if d == .zero { out += "PT0S"; return }
        out += "P"
        unit(d.months / 12, "Y", &out)
        unit(d.months % 12, "M", &out)
        unit(d.days, "D", &out)
        guard d.seconds != 0 || d.nanos != 0 else { return }
        var s = d.seconds, n = d.nanos
        if s < 0 && n != 0 { s += 1; n -= TimeUnits.nanosPerSecond }
        out += "T"
        unit(s / 3600, "H", &out)
        unit(s % 3600 / 60, "M", &out)
        let sec = s % 60
        if sec != 0 {
            out += String(sec)
            appendTrimmedFraction(abs(n), to: &out)
            out += "S"
        } else if n != 0 {
            out += n < 0 ? "-0" : "0"
            appendTrimmedFraction(abs(n), to: &out)
            out += "S"
        }
    }

    /// `.5`, `.001`: the fraction without trailing zeros.
    private static func appendTrimmedFraction(_ nanos: Int64, to out: inout String) {
        guard nanos != 0 else { return }
        var digits = 9, n = nanos
        while n % 10 == 0 { n /= 10; digits -= 1 }
        out += "."
        pad(n, digits, &out)
    }

    private static func unit(_ value: Int64, _ suffix: String, _ out: inout String) {
        if value != 0 { out += String(value) + suffix }
    }

    private static func pad(_ value: Int64, _ width: Int, _ out: inout String) {
        let s = String(value)
        if s.count < width { out += String(repeating: "0", count: width - s.count) }
        out += s
    }
}
