#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// SplitMix64 (Steele, Lea, Flood 2014): a tiny, fast, statistically sound 64-bit PRNG whose
/// output depends only on its seed, so generated graphs are identical on every platform and
/// Swift version (the standard library's generator makes no such promise).
package struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator starting from `seed`.
    package init(seed: UInt64) { state = seed }

    /// A generator for one item of a stream: `seed` mixed with a salt and an index, so that
    /// each item's values do not depend on how many items came before it.
    package init(seed: UInt64, salt: UInt64, index: Int) {
        let base = Self.mix(seed ^ Self.mix(salt &* 0xD1B5_4A32_D192_ED03))
        state = Self.mix(base &+ UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9_7F4A_7C15)
    }

    /// SplitMix64's finaliser: a bijection that scatters nearby inputs across all 64 bits.
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The next 64 random bits.
    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// A uniform double in [0, 1).
    package mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// A uniform integer in `0..<bound` (`bound` > 0).
    package mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// A uniform integer in `range`.
    package mutating func int(in range: ClosedRange<Int>) -> Int { range.lowerBound + below(range.count) }

    /// `true` with probability `p`.
    package mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// One element of a non-empty array, uniformly.
    package mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// A decimal in `range` with `digits` fraction digits, as text without exponent
    /// (valid for `xs:decimal`) and as the number it denotes.
    package mutating func decimal(in range: ClosedRange<Double>, digits: Int = 1) -> String {
        let scale = digits == 0 ? 1.0 : digits == 1 ? 10.0 : digits == 2 ? 100.0 : 1000.0
        let lo = Int((range.lowerBound * scale).rounded()), hi = Int((range.upperBound * scale).rounded())
        let v = int(in: lo...max(lo, hi))
        return Self.format(v, digits: digits)
    }

    /// `v / 10^digits` as plain decimal text.
    static func format(_ v: Int, digits: Int) -> String {
        guard digits > 0 else { return String(v) }
        let scale = digits == 1 ? 10 : digits == 2 ? 100 : 1000
        let whole = v / scale, frac = v % scale
        var f = String(frac)
        while f.count < digits { f = "0" + f }
        return "\(whole).\(f)"
    }

    /// A skewed index in `0..<count`: low indices are much more likely (P(i < k) = (k/count)^0.4),
    /// which gives reference targets a power-law-like in-degree.
    package mutating func skewed(_ count: Int) -> Int {
        let u = unit()
        let i = Int(Double(count) * (u * u * (u.squareRoot())))  // u^2.5
        return min(i, count - 1)
    }

    /// A heavy-tailed multiplier with mean about 1 (Pareto, shape 2.5, capped at 40): most
    /// owners get a few references, a few get many.
    package mutating func heavyTail() -> Double {
        let u = max(unit(), 1e-12)
        return min(0.6 / pow(u, 0.4), 40)
    }

    /// A count drawn around `mean` with a heavy tail (stochastic rounding keeps the mean).
    package mutating func count(mean: Double) -> Int {
        let x = mean * heavyTail()
        let whole = Int(x)
        return whole + (chance(x - Double(whole)) ? 1 : 0)
    }
}
