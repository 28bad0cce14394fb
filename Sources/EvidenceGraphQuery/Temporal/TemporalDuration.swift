import EvidenceGraphCore

/// An openCypher duration: months, days and seconds are independent (a month is not a fixed
/// number of days, nor a day of seconds); `nanos` is always in `0 ..< 1_000_000_000`, so a
/// negative fraction of a second borrows from `seconds` (−1.5 s is −2 s + 0.5 s).
public struct TemporalDuration: Sendable, Hashable {
    /// Whole months (years count as 12 months).
    public var months: Int64
    /// Whole days (weeks count as 7 days), independent of `months`.
    public var days: Int64
    /// Whole seconds (hours and minutes included), independent of `days`; may be negative.
    public var seconds: Int64
    /// The fraction of a second in nanoseconds, always in `0 ..< 1_000_000_000`.
    public var nanos: Int64

    /// A normalized duration: nanoseconds beyond a second carry into `seconds`.
    public init(months: Int64, days: Int64, seconds: Int64, nanos: Int64) {
        self.months = months
        self.days = days
        self.seconds = seconds + floorDiv(nanos, TimeUnits.nanosPerSecond)
        self.nanos = floorMod(nanos, TimeUnits.nanosPerSecond)
    }

    static let zero = TemporalDuration(months: 0, days: 0, seconds: 0, nanos: 0)

    /// A duration from possibly fractional amounts: a fraction of a month becomes days and
    /// seconds by the average month (2,629,746 s), a fraction of a day seconds, a fraction of a
    /// second nanoseconds; each amount truncates towards zero.
    static func approximate(months: Double, days: Double, seconds: Double, nanos: Double) throws(QueryError) -> TemporalDuration {
        let wholeMonths = try exactInteger(months)
        let days = days + (months - Double(wholeMonths)) * TimeUnits.secondsPerAverageMonth / 86_400
        let wholeDays = try exactInteger(days)
        let seconds = seconds + (days - Double(wholeDays)) * 86_400
        let wholeSeconds = try exactInteger(seconds)
        let nanos = nanos + ((seconds - Double(wholeSeconds)) * 1e9).rounded()
        return TemporalDuration(months: wholeMonths, days: wholeDays, seconds: wholeSeconds, nanos: try exactInteger(nanos))
    }

    private static func exactInteger(_ d: Double) throws(QueryError) -> Int64 {
        guard d.isFinite, abs(d) < 9.2e18 else { throw .argumentError("duration amount \(d) is out of range") }
        return Int64(d.rounded(.towardZero))
    }

    /// `-self`.
    var negated: TemporalDuration {
        TemporalDuration(months: -months, days: -days, seconds: -seconds, nanos: -nanos)
    }

    /// The sum of two durations, component by component.
    func adding(_ other: TemporalDuration) throws(QueryError) -> TemporalDuration {
        TemporalDuration(months: try Checked.add(months, other.months), days: try Checked.add(days, other.days),
                         seconds: try Checked.add(seconds, other.seconds), nanos: nanos + other.nanos)
    }

    /// The duration scaled by a number; a fractional result cascades into smaller units.
    func multiplied(by factor: Double) throws(QueryError) -> TemporalDuration {
        try TemporalDuration.approximate(months: Double(months) * factor, days: Double(days) * factor,
                                         seconds: Double(seconds) * factor, nanos: Double(nanos) * factor)
    }

    /// The duration scaled by an integer, exactly.
    func multiplied(by factor: Int64) throws(QueryError) -> TemporalDuration {
        TemporalDuration(months: try Checked.multiply(months, factor), days: try Checked.multiply(days, factor),
                         seconds: try Checked.multiply(seconds, factor), nanos: try Checked.multiply(nanos, factor))
    }

    /// The duration divided by a number.
    func divided(by divisor: Double) throws(QueryError) -> TemporalDuration {
        guard divisor != 0 else {
            throw QueryError(code: .arithmeticError, detail: .divisionByZero, phase: .runtime, message: "duration divided by zero")
        }
        return try multiplied(by: 1 / divisor)
    }

    /// Seconds and nanoseconds as one amount of nanoseconds, when it fits.
    var totalNanosOfTime: Int64? {
        let (m, o1) = seconds.multipliedReportingOverflow(by: TimeUnits.nanosPerSecond)
        let (t, o2) = m.addingReportingOverflow(nanos)
        return o1 || o2 ? nil : t
    }
}

/// Overflow-checked integer arithmetic raising openCypher's overflow error.
enum Checked {
    static func add(_ a: Int64, _ b: Int64) throws(QueryError) -> Int64 {
        let (r, o) = a.addingReportingOverflow(b)
        if o { throw .overflow("temporal arithmetic") }
        return r
    }

    static func multiply(_ a: Int64, _ b: Int64) throws(QueryError) -> Int64 {
        let (r, o) = a.multipliedReportingOverflow(by: b)
        if o { throw .overflow("temporal arithmetic") }
        return r
    }
}
