/// The aggregating functions.
enum AggregateFunction: String, Sendable, CaseIterable {
    case countStar = "count(*)"
    case count
    case collect
    case min
    case max
    case sum
    case avg

    /// Looks an aggregate up by name, case-insensitively (`count(*)` is parsed separately).
    static func named(_ name: String) -> AggregateFunction? {
        switch name.lowercased() {
        case "count": return .count
        case "collect": return .collect
        case "min": return .min
        case "max": return .max
        case "sum": return .sum
        case "avg": return .avg
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
    private var best: Value = .null
    private var items: [Value] = []

    init(_ function: AggregateFunction, distinct: Bool) {
        self.function = function
        self.seen = distinct ? [] : nil
    }

    /// Feeds one value (ignored for `count(*)`, which counts rows).
    mutating func add(_ v: Value) throws(QueryError) {
        if function == .countStar { count += 1; return }
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
        case .sum, .avg:
            switch v {
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
        case .sum: return sawFloat ? .float(floatSum) : .int(intSum)
        case .avg: return count == 0 ? .null : .float(floatSum / Double(count))
        }
    }
}
