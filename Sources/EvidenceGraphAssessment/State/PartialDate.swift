/// A date as patient files write it, `YYYY-MM` or `YYYY-MM-DD`, for month arithmetic.
struct PartialDate: Sendable, Hashable {
    let year: Int
    let month: Int
    let day: Int?

    init?(_ text: String?) {
        guard let text else { return nil }
        let parts = text.split(separator: "-")
        guard parts.count >= 2, let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m) else { return nil }
        year = y
        month = m
        day = parts.count > 2 ? Int(parts[2]) : nil
    }

    /// Months from `other` to `self` (days count as fractions of a 30.44-day month).
    func months(since other: PartialDate) -> Double {
        let whole = Double((year - other.year) * 12 + (month - other.month))
        guard let d1 = day, let d0 = other.day else { return whole }
        return whole + Double(d1 - d0) / 30.44
    }
}
