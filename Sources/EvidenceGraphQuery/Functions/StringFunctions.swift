import EvidenceGraphCore

extension ScalarFunction {
    /// Functions on strings. Case mapping is Unicode-aware (Cyrillic included).
    static let stringFunctions: [ScalarFunction] = [
        stringMap("toLower") { $0.lowercased() },
        stringMap("toUpper") { $0.uppercased() },
        stringMap("lower") { $0.lowercased() },
        stringMap("upper") { $0.uppercased() },
        stringMap("trim") { $0.trimmingWhitespace() },
        stringMap("ltrim") { $0.trimmingLeadingWhitespace() },
        stringMap("rtrim") { $0.trimmingTrailingWhitespace() },
        ScalarFunction("substring", 2...3) { args, _ throws(QueryError) in
            guard case .string(let s) = args[0] else {
                if args[0].isNull { return .null }
                throw wrongType("substring", args[0])
            }
            let start = try integerArgument("substring", args[1])
            let length = args.count == 3 ? try integerArgument("substring", args[2]) : Int64.max
            guard start >= 0, length >= 0 else {
                throw .argumentError("substring() needs a non-negative start and length", detail: .numberOutOfRange)
            }
            let chars = Array(s)
            let lo = Int(min(start, Int64(chars.count)))
            let hi = Int(min(Int64(chars.count), Int64(lo) + min(length, Int64(chars.count))))
            return .string(String(chars[lo..<max(lo, hi)]))
        },
        ScalarFunction("left", 2...2) { args, _ throws(QueryError) in
            guard case .string(let s) = args[0] else {
                if args[0].isNull { return .null }
                throw wrongType("left", args[0])
            }
            let n = try integerArgument("left", args[1])
            guard n >= 0 else { throw .argumentError("left() needs a non-negative length", detail: .numberOutOfRange) }
            return .string(String(s.prefix(Int(min(n, Int64(s.count))))))
        },
        ScalarFunction("right", 2...2) { args, _ throws(QueryError) in
            guard case .string(let s) = args[0] else {
                if args[0].isNull { return .null }
                throw wrongType("right", args[0])
            }
            let n = try integerArgument("right", args[1])
            guard n >= 0 else { throw .argumentError("right() needs a non-negative length", detail: .numberOutOfRange) }
            return .string(String(s.suffix(Int(min(n, Int64(s.count))))))
        },
        ScalarFunction("replace", 3...3) { args, _ throws(QueryError) in
            if args.contains(where: \.isNull) { return .null }
            guard case .string(let s) = args[0], case .string(let target) = args[1], case .string(let with) = args[2] else {
                throw wrongType("replace", args.first { if case .string = $0 { return false } else { return true } } ?? .null)
            }
            return .string(s.replacingOccurrences(target, with))
        },
        ScalarFunction("split", 2...2) { args, _ throws(QueryError) in
            if args.contains(where: \.isNull) { return .null }
            guard case .string(let s) = args[0], case .string(let separator) = args[1] else {
                throw .typeError("split() needs two strings")
            }
            return .list(s.splitting(by: separator).map(Value.string))
        },
    ]

    private static func stringMap(_ name: String, _ f: @escaping @Sendable (String) -> String) -> ScalarFunction {
        ScalarFunction(name, 1...1) { args, _ throws(QueryError) in
            switch args[0] {
            case .null: return .null
            case .string(let s): return .string(f(s))
            default: throw wrongType(name, args[0])
            }
        }
    }
}

extension String {
    /// Replaces every occurrence of `target` (Foundation-free); an empty target inserts
    /// `replacement` between characters, as openCypher does.
    func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        if target.isEmpty {
            return replacement + map { String($0) + replacement }.joined()
        }
        return splitting(by: target).joined(separator: replacement)
    }

    /// Splits at every occurrence of `separator`, keeping empty pieces; an empty separator
    /// splits into characters.
    func splitting(by separator: String) -> [String] {
        if separator.isEmpty { return map { String($0) } }
        var pieces: [String] = []
        var rest = Substring(self)
        while let r = rest.firstRange(of: separator) {
            pieces.append(String(rest[rest.startIndex..<r.lowerBound]))
            rest = rest[r.upperBound...]
        }
        pieces.append(String(rest))
        return pieces
    }
}
