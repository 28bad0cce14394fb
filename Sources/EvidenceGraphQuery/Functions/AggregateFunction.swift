/// The aggregating functions.
enum AggregateFunction: String, Sendable, CaseIterable {
    case countStar = "count(*)"
    case count
    case collect
    case min
    case max
    case sum
    case avg
    case percentileDisc
    case percentileCont
    case stDev
    case stDevP

    /// Whether the aggregate takes a second argument (the percentile).
    var takesParameter: Bool { self == .percentileDisc || self == .percentileCont }

    /// Looks an aggregate up by name, case-insensitively (`count(*)` is parsed separately).
    static func named(_ name: String) -> AggregateFunction? {
        switch name.lowercased() {
        case "count": return .count
        case "collect": return .collect
        case "min": return .min
        case "max": return .max
        case "sum": return .sum
        case "avg": return .avg
        case "percentiledisc": return .percentileDisc
        case "percentilecont": return .percentileCont
        case "stdev": return .stDev
        case "stdevp": return .stDevP
        default: return nil
        }
    }
}

/// The running state of one aggregate for one group. Nulls are skipped (except by
/// `count(*)`); with `DISTINCT` equivalent values are counted once.
struct AggregateState {
    let function: AggregateFunction
    private var seen: Set<EquivalenceKey>?
    private var count: Int64 = 0
    private var intSum: Int64 = 0
    private var floatSum: Double = 0
    private var sawFloat = false
    /// `sum` / `avg` of durations (openCypher allows either numbers or durations).
    private var durationSum: TemporalDuration?
    private var best: Value = .null
    private var items: [Value] = []
    private var numbers: [Double] = []
    private var percentile = 0.0

    init(_ function: AggregateFunction, distinct: Bool) {
        self.function = function
        self.seen = distinct ? [] : nil
    }

    /// Feeds one value (ignored for `count(*)`, which counts rows); `parameter` is the
    /// percentile for the percentile functions.
    mutating func add(_ v: Value, parameter: Value = .null) throws(QueryError) {
        if function == .countStar { count += 1; return }
        if function.takesParameter {
            guard case let p? = Self.number(parameter), p >= 0, p <= 1 else {
                throw .argumentError("\(function.rawValue)() needs a percentile between 0.0 and 1.0", detail: .numberOutOfRange)
            }
            percentile = p
        }
        if v.isNull { return }
        if seen != nil {
            guard seen!.insert(EquivalenceKey(values: [v])).inserted else { return }
        }
        count += 1
        switch function {
        case .countStar, .count: break
        case .collect: items.append(v)
        case .min: if best.isNull || ValueOrdering.compare(v, best) < 0 { best = v }
        case .max: if best.isNull || ValueOrdering.compare(v, best) > 0 { best = v }
        case .percentileDisc:
            guard Self.number(v) != nil else { throw .typeError("\(function.rawValue)() needs numbers, got \(v.typeName)") }
            items.append(v)
        case .percentileCont, .stDev, .stDevP:
            guard let d = Self.number(v) else { throw .typeError("\(function.rawValue)() needs numbers, got \(v.typeName)") }
            numbers.append(d)
        case .sum, .avg:
            switch v {
            case .int where durationSum != nil, .float where durationSum != nil:
                throw .typeError("\(function.rawValue)() cannot mix numbers and durations")
            case .int(let i):
                if !sawFloat {
                    let (s, overflow) = intSum.addingReportingOverflow(i)
                    if overflow { throw .overflow(function.rawValue) }
                    intSum = s
                }
                floatSum += Double(i)
            case .float(let d):
                sawFloat = true
                floatSum += d
            case .temporal(.duration(let d)) where count == 1 || durationSum != nil:
                durationSum = try (durationSum ?? .zero).adding(d)
            default:
                throw .typeError("\(function.rawValue)() needs numbers, got \(v.typeName)")
            }
        }
    }

    /// The aggregate's value for the group.
    var result: Value {
        switch function {
        case .countStar, .count: return .int(count)
        case .collect: return .list(items)
        case .min, .max: return best
        case .sum:
            if let durationSum { return .temporal(.duration(durationSum)) }
            return sawFloat ? .float(floatSum) : .int(intSum)
        case .avg:
            if let durationSum { return (try? durationSum.divided(by: Double(count))).map { .temporal(.duration($0)) } ?? .null }
            return count == 0 ? .null : .float(floatSum / Double(count))
        case .percentileDisc:
            guard !items.isEmpty else { return .null }
            let sorted = items.sorted { ValueOrdering.compare($0, $1) < 0 }
            let index = percentile == 1 ? sorted.count - 1 : max(0, Int((percentile * Double(sorted.count)).rounded(.up)) - 1)
            return sorted[min(index, sorted.count - 1)]
        case .percentileCont:
            guard !numbers.isEmpty else { return .null }
            let sorted = numbers.sorted()
            let position = percentile * Double(sorted.count - 1)
            let lower = Int(position.rounded(.down)), upper = Int(position.rounded(.up))
            return .float(sorted[lower] + (position - Double(lower)) * (sorted[upper] - sorted[lower]))
        case .stDev, .stDevP:
            let n = Double(numbers.count)
            let divisor = function == .stDev ? n - 1 : n
            guard divisor > 0 else { return .float(0) }
            let mean = numbers.reduce(0, +) / n
            let squares = numbers.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            return .float((squares / divisor).squareRoot())
        }
    }

    private static func number(_ v: Value) -> Double? {
        switch v {
        case .int(let i): return Double(i)
        case .float(let d): return d
        default: return nil
        }
    }
}
