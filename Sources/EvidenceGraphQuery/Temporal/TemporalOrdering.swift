/// Comparison of temporal values. Values of the same type compare: days by day, local times
/// by time, `time`s by their UTC time (then local time), `datetime`s by instant (then local
/// time, then zone name). Durations are only equal or not (`<` is null) but still sort.
/// Across types, `ORDER BY` sorts datetime < localdatetime < date < time < localtime < duration.
enum TemporalOrdering {
    /// The position of the type among temporal types in `ORDER BY`.
    static func rank(_ t: TemporalValue) -> Int {
        switch t {
        case .dateTime: 0
        case .localDateTime: 1
        case .date: 2
        case .time: 3
        case .localTime: 4
        case .duration: 5
        }
    }

    /// Three-way comparison of two values of the same type (durations by their components);
    /// `nil` across types.
    static func compare(_ a: TemporalValue, _ b: TemporalValue) -> Int? {
        switch (a, b) {
        case (.date(let x), .date(let y)): return three(x, y)
        case (.localTime(let x), .localTime(let y)): return three(x, y)
        case (.time(let x, let ox), .time(let y, let oy)):
            let c = three(x - Int64(ox) * TimeUnits.nanosPerSecond, y - Int64(oy) * TimeUnits.nanosPerSecond)
            return c != 0 ? c : three(x, y)
        case (.localDateTime(let dx, let tx), .localDateTime(let dy, let ty)):
            return dx != dy ? three(dx, dy) : three(tx, ty)
        case (.dateTime(let dx, let tx, let ox, let zx), .dateTime(let dy, let ty, let oy, let zy)):
            let ix = TemporalMath.instant(epochDay: dx, nanoOfDay: tx, offset: ox)
            let iy = TemporalMath.instant(epochDay: dy, nanoOfDay: ty, offset: oy)
            if ix.seconds != iy.seconds { return three(ix.seconds, iy.seconds) }
            if ix.nanos != iy.nanos { return three(ix.nanos, iy.nanos) }
            if dx != dy { return three(dx, dy) }
            if tx != ty { return three(tx, ty) }
            return TextOrder.compare(zx ?? "", zy ?? "")
        case (.duration(let x), .duration(let y)):
            if x.months != y.months { return three(x.months, y.months) }
            if x.days != y.days { return three(x.days, y.days) }
            if x.seconds != y.seconds { return three(x.seconds, y.seconds) }
            return three(x.nanos, y.nanos)
        default: return nil
        }
    }

    /// `<`-style comparison: `nil` for durations and across types.
    static func compareForOperator(_ a: TemporalValue, _ b: TemporalValue) -> Int? {
        if case .duration = a { return nil }
        return compare(a, b)
    }

    /// `ORDER BY` comparison between any two temporals.
    static func order(_ a: TemporalValue, _ b: TemporalValue) -> Int {
        let ra = rank(a), rb = rank(b)
        if ra != rb { return ra < rb ? -1 : 1 }
        return compare(a, b) ?? 0
    }

    @inline(__always)
    private static func three(_ x: Int64, _ y: Int64) -> Int { x < y ? -1 : (x > y ? 1 : 0) }
}
