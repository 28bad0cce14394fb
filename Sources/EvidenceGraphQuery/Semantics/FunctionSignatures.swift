/// The functions the language knows: arity, a check on the first argument, the result type.
struct FunctionSignature: Sendable {
    var minimumArguments: Int
    var maximumArguments: Int
    /// Categories the first argument may belong to; `nil` accepts anything.
    var firstArgument: [ValueType.Category]?
    /// The result type, given the argument types.
    var result: @Sendable ([ValueType]) -> ValueType

    init(_ minimum: Int, _ maximum: Int, first: [ValueType.Category]? = nil,
         result: @escaping @Sendable ([ValueType]) -> ValueType) {
        self.minimumArguments = minimum
        self.maximumArguments = maximum
        self.firstArgument = first
        self.result = result
    }

    init(_ minimum: Int, _ maximum: Int, first: [ValueType.Category]? = nil, returns type: ValueType) {
        self.init(minimum, maximum, first: first, result: { _ in type })
    }
}

extension FunctionCatalog {
    /// Signatures by lowercased name. Unknown names are `UnknownFunction`.
    static let signatures: [String: FunctionSignature] = {
        let many = Int.max
        let entityOrMap: [ValueType.Category] = [.propertyContainer]
        let first: @Sendable ([ValueType]) -> ValueType = { $0.first ?? .any }
        let elementOfFirst: @Sendable ([ValueType]) -> ValueType = { ($0.first ?? .any).elementType }
        return [
            // Aggregates.
            "count": .init(1, 1, returns: .integer),
            "collect": .init(1, 1, result: { .list($0.first ?? .any) }),
            "sum": .init(1, 1, first: [.number], result: first),
            "avg": .init(1, 1, first: [.number], returns: .any),
            "min": .init(1, 1, result: first),
            "max": .init(1, 1, result: first),
            "stdev": .init(1, 1, first: [.number], returns: .float),
            "stdevp": .init(1, 1, first: [.number], returns: .float),
            "percentilecont": .init(2, 2, first: [.number], returns: .float),
            "percentiledisc": .init(2, 2, first: [.number], result: first),
            // Graph elements and paths.
            "id": .init(1, 1, first: [.node, .relationship], returns: .integer),
            "elementid": .init(1, 1, first: [.node, .relationship], returns: .string),
            "labels": .init(1, 1, first: [.node], returns: .list(.string)),
            "type": .init(1, 1, first: [.relationship], returns: .string),
            "properties": .init(1, 1, first: entityOrMap, returns: .map),
            "keys": .init(1, 1, first: entityOrMap, returns: .list(.string)),
            "startnode": .init(1, 1, first: [.relationship], returns: .node),
            "endnode": .init(1, 1, first: [.relationship], returns: .node),
            "nodes": .init(1, 1, first: [.path], returns: .list(.node)),
            "relationships": .init(1, 1, first: [.path], returns: .list(.relationship)),
            "length": .init(1, 1, first: [.path], returns: .integer),
            "size": .init(1, 1, first: [.list, .string], returns: .integer),
            "exists": .init(1, 1, returns: .boolean),
            // Lists.
            "head": .init(1, 1, first: [.list], result: elementOfFirst),
            "last": .init(1, 1, first: [.list], result: elementOfFirst),
            "tail": .init(1, 1, first: [.list], result: first),
            "reverse": .init(1, 1, first: [.list, .string], result: first),
            "range": .init(2, 3, returns: .list(.integer)),
            "coalesce": .init(1, many, result: { types in types.dropFirst().reduce(types.first ?? .any) { $0.joined(with: $1) } }),
            "tobooleanlist": .init(1, 1, returns: .list(.boolean)),
            "tointegerlist": .init(1, 1, returns: .list(.integer)),
            "tofloatlist": .init(1, 1, returns: .list(.float)),
            "tostringlist": .init(1, 1, returns: .list(.string)),
            // Strings.
            "tolower": .init(1, 1, first: [.string], returns: .string),
            "toupper": .init(1, 1, first: [.string], returns: .string),
            "lower": .init(1, 1, first: [.string], returns: .string),
            "upper": .init(1, 1, first: [.string], returns: .string),
            "trim": .init(1, 1, first: [.string], returns: .string),
            "ltrim": .init(1, 1, first: [.string], returns: .string),
            "rtrim": .init(1, 1, first: [.string], returns: .string),
            "substring": .init(2, 3, first: [.string], returns: .string),
            "left": .init(2, 2, first: [.string], returns: .string),
            "right": .init(2, 2, first: [.string], returns: .string),
            "replace": .init(3, 3, first: [.string], returns: .string),
            "split": .init(2, 2, first: [.string], returns: .list(.string)),
            "tostring": .init(1, 1, returns: .string),
            "tostringornull": .init(1, 1, returns: .string),
            // Conversions.
            "tointeger": .init(1, 1, returns: .integer),
            "tointegerornull": .init(1, 1, returns: .integer),
            "tofloat": .init(1, 1, returns: .float),
            "tofloatornull": .init(1, 1, returns: .float),
            "toboolean": .init(1, 1, returns: .boolean),
            "tobooleanornull": .init(1, 1, returns: .boolean),
            // Numbers.
            "abs": .init(1, 1, first: [.number], result: first),
            "ceil": .init(1, 1, first: [.number], returns: .float),
            "floor": .init(1, 1, first: [.number], returns: .float),
            "round": .init(1, 3, first: [.number], returns: .float),
            "sign": .init(1, 1, first: [.number], returns: .integer),
            "sqrt": .init(1, 1, first: [.number], returns: .float),
            "exp": .init(1, 1, first: [.number], returns: .float),
            "log": .init(1, 1, first: [.number], returns: .float),
            "log10": .init(1, 1, first: [.number], returns: .float),
            "e": .init(0, 0, returns: .float),
            "pi": .init(0, 0, returns: .float),
            "rand": .init(0, 0, returns: .float),
            "sin": .init(1, 1, first: [.number], returns: .float),
            "cos": .init(1, 1, first: [.number], returns: .float),
            "tan": .init(1, 1, first: [.number], returns: .float),
            "asin": .init(1, 1, first: [.number], returns: .float),
            "acos": .init(1, 1, first: [.number], returns: .float),
            "atan": .init(1, 1, first: [.number], returns: .float),
            "atan2": .init(2, 2, first: [.number], returns: .float),
            "cot": .init(1, 1, first: [.number], returns: .float),
            "degrees": .init(1, 1, first: [.number], returns: .float),
            "radians": .init(1, 1, first: [.number], returns: .float),
            "haversin": .init(1, 1, first: [.number], returns: .float),
            "timestamp": .init(0, 0, returns: .integer),
        ]
    }()

    /// Functions whose value changes between calls (not allowed inside aggregates).
    static let nonDeterministic: Set<String> = ["rand", "timestamp"]
}
