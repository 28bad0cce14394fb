import EvidenceGraphCore

extension ScalarFunction {
    /// Type conversion functions: invalid text gives null, a wrong type is a TypeError.
    static let conversionFunctions: [ScalarFunction] = [
        ScalarFunction("toString", 1...1) { args, _ throws(QueryError) in
            switch args[0] {
            case .null: return .null
            case .string, .int, .float, .bool, .temporal: return .string(Conversion.text(args[0]))
            default: throw wrongType("toString", args[0])
            }
        },
        ScalarFunction("toInteger", 1...1) { args, _ throws(QueryError) in
            switch args[0] {
            case .null: return .null
            case .int: return args[0]
            case .float(let d):
                guard d.isFinite, let i = Int64(exactly: d.rounded(.towardZero)) else { return .null }
                return .int(i)
            case .string(let s): return Conversion.integer(fromText: s).map(Value.int) ?? .null
            case .bool(let b): return .int(b ? 1 : 0)
            default: throw wrongType("toInteger", args[0])
            }
        },
        ScalarFunction("toFloat", 1...1) { args, _ throws(QueryError) in
            switch args[0] {
            case .null: return .null
            case .int(let i): return .float(Double(i))
            case .float: return args[0]
            case .string(let s): return Conversion.float(fromText: s).map(Value.float) ?? .null
            default: throw wrongType("toFloat", args[0])
            }
        },
        ScalarFunction("toBoolean", 1...1) { args, _ throws(QueryError) in
            switch args[0] {
            case .null: return .null
            case .bool: return args[0]
            case .string(let s):
                switch s.trimmingWhitespace().lowercased() {
                case "true": return .bool(true)
                case "false": return .bool(false)
                default: return .null
                }
            case .int(let i): return .bool(i != 0)
            default: throw wrongType("toBoolean", args[0])
            }
        },
    ]
}
