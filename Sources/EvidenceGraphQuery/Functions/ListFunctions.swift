import EvidenceGraphCore

extension ScalarFunction {
    /// The most elements `range()` may produce (10 million, about 330 MB of values).
    static let maximumRangeCount: UInt64 = 10_000_000

    /// Functions on lists (and `size` on strings, `coalesce` on anything).
    static let listFunctions: [ScalarFunction] = [
        ScalarFunction("size", 1...1) { args, _ throws(QueryError) in
            switch args[0] {
            case .null: return .null
            case .list(let l): return .int(Int64(l.count))
            case .string(let s): return .int(Int64(s.count))
            default: throw wrongType("size", args[0])
            }
        },
        ScalarFunction("head", 1...1) { args, _ throws(QueryError) in
            switch args[0] {
            case .null: return .null
            case .list(let l): return l.first ?? .null
            default: throw wrongType("head", args[0])
            }
        },
        ScalarFunction("last", 1...1) { args, _ throws(QueryError) in
            switch args[0] {
            case .null: return .null
            case .list(let l): return l.last ?? .null
            default: throw wrongType("last", args[0])
            }
        },
        ScalarFunction("tail", 1...1) { args, _ throws(QueryError) in
            switch args[0] {
            case .null: return .null
            case .list(let l): return .list(Array(l.dropFirst()))
            default: throw wrongType("tail", args[0])
            }
        },
        ScalarFunction("reverse", 1...1) { args, _ throws(QueryError) in
            switch args[0] {
            case .null: return .null
            case .list(let l): return .list(l.reversed())
            case .string(let s): return .string(String(s.reversed()))
            default: throw wrongType("reverse", args[0])
            }
        },
        ScalarFunction("coalesce", 1...Int.max) { args, _ throws(QueryError) in
            args.first { !$0.isNull } ?? .null
        },
        ScalarFunction("range", 2...3, resultElements: rangeElements) { args, _ throws(QueryError) in
            for a in args {
                guard case .int = a else {
                    throw .argumentError("range() needs integer arguments, got \(a.typeName)", detail: .invalidArgumentType)
                }
            }
            let start = try integerArgument("range", args[0])
            let end = try integerArgument("range", args[1])
            let step = args.count == 3 ? try integerArgument("range", args[2]) : 1
            guard step != 0 else { throw .argumentError("range() step must not be zero", detail: .numberOutOfRange) }
            // Guard the host's memory: a range is built eagerly.
            let count = rangeCount(start, end, step)
            guard count <= maximumRangeCount else {
                throw .limitExceeded("range() would produce \(count) elements; at most \(maximumRangeCount) are allowed",
                                     detail: .rangeTooLarge)
            }
            var out: [Value] = []
            var i = start
            while step > 0 ? i <= end : i >= end {
                out.append(.int(i))
                let (next, overflow) = i.addingReportingOverflow(step)
                if overflow { break }
                i = next
            }
            return .list(out)
        },
    ]
}

extension ScalarFunction {
    /// The number of elements `range(start, end, step)` makes (`UInt64.max` on overflow).
    static func rangeCount(_ start: Int64, _ end: Int64, _ step: Int64) -> UInt64 {
        guard step != 0 else { return 0 }
        let span = end.subtractingReportingOverflow(start)
        if span.overflow { return UInt64.max }
        return span.partialValue.signum() == step.signum() || span.partialValue == 0
            ? span.partialValue.magnitude / step.magnitude + 1 : 0
    }

    /// `range`'s element count from its arguments, when they are integers.
    @Sendable static func rangeElements(_ args: [Value]) -> Int? {
        guard args.count >= 2, case .int(let start) = args[0], case .int(let end) = args[1] else { return nil }
        var step: Int64 = 1
        if args.count == 3 {
            guard case .int(let s) = args[2] else { return nil }
            step = s
        }
        return Int(clamping: rangeCount(start, end, step))
    }
}
