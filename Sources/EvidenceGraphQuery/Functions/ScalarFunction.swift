import EvidenceGraphCore

/// A built-in scalar function: its name, accepted argument counts and implementation.
struct ScalarFunction: Sendable {
    typealias Body = @Sendable (_ args: [Value], _ graph: Graph) throws(QueryError) -> Value

    /// The canonical name (as documented, e.g. `toLower`).
    let name: String
    /// Accepted argument counts.
    let arity: ClosedRange<Int>
    let body: Body

    init(_ name: String, _ arity: ClosedRange<Int>, _ body: @escaping Body) {
        self.name = name
        self.arity = arity
        self.body = body
    }

    /// Looks a function up by name, case-insensitively.
    static func named(_ name: String) -> ScalarFunction? { registry[name.lowercased()] }

    private static let registry: [String: ScalarFunction] = {
        var table: [String: ScalarFunction] = [:]
        for f in graphFunctions + listFunctions + stringFunctions + numericFunctions + conversionFunctions + temporalFunctions {
            table[f.name.lowercased()] = f
        }
        return table
    }()
}

/// Argument-checking helpers shared by the function families.
extension ScalarFunction {
    static func wrongType(_ function: String, _ v: Value) -> QueryError {
        .typeError("\(function)() does not accept \(v.typeName)", detail: "InvalidArgumentValue")
    }

    static func integerArgument(_ function: String, _ v: Value) throws(QueryError) -> Int64 {
        switch v {
        case .int(let i): return i
        default: throw wrongType(function, v)
        }
    }

    static func numberArgument(_ function: String, _ v: Value) throws(QueryError) -> Double {
        switch v {
        case .int(let i): return Double(i)
        case .float(let d): return d
        default: throw wrongType(function, v)
        }
    }
}
