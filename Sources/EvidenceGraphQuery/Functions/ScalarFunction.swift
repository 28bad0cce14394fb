import EvidenceGraphCore

/// A built-in scalar function: its name, accepted argument counts and implementation.
struct ScalarFunction: Sendable {
    typealias Body = @Sendable (_ args: [Value], _ graph: Graph) throws(QueryError) -> Value

    /// The canonical name (as documented, e.g. `toLower`).
    let name: String
    /// Accepted argument counts.
    let arity: ClosedRange<Int>
    let body: Body
    /// For functions that build a list eagerly (`range`): the number of elements the call
    /// will make, known before it runs, so the memory budget is checked before allocating.
    let resultElements: (@Sendable (_ args: [Value]) -> Int?)?

    init(_ name: String, _ arity: ClosedRange<Int>, resultElements: (@Sendable ([Value]) -> Int?)? = nil, _ body: @escaping Body) {
        self.name = name
        self.arity = arity
        self.resultElements = resultElements
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
        .typeError("\(function)() does not accept \(v.typeName)", detail: .invalidArgumentValue)
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
