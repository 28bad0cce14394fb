/// Constructors for the errors raised while a query runs.
extension QueryError {
    /// A `TypeError` at runtime (e.g. adding a string to a boolean).
    static func typeError(_ message: String, detail: DetailCode = .invalidArgumentType) -> QueryError {
        QueryError(code: .typeError, detail: detail, phase: .runtime, message: message)
    }

    /// An `ArgumentError` at runtime (e.g. `range` with step 0).
    static func argumentError(_ message: String, detail: DetailCode = .invalidArgumentValue) -> QueryError {
        QueryError(code: .argumentError, detail: detail, phase: .runtime, message: message)
    }

    /// Integer overflow in arithmetic.
    static func overflow(_ operation: String) -> QueryError {
        QueryError(code: .arithmeticError, detail: .integerOverflow, phase: .runtime,
                   message: "integer overflow in \(operation)")
    }

    /// A limit imposed by the caller was exceeded.
    static func limitExceeded(_ message: String, detail: DetailCode) -> QueryError {
        QueryError(code: .limitExceeded, detail: detail, phase: .runtime, message: message)
    }

    /// The caller cancelled the query.
    static var cancelled: QueryError {
        QueryError(code: .cancelled, detail: .cancelled, phase: .runtime, message: "the query was cancelled")
    }

    /// A feature the engine does not implement (compile time).
    static func unsupported(_ message: String) -> QueryError {
        QueryError(code: .syntaxError, detail: .unsupportedFeature, phase: .compileTime, message: message)
    }
}

extension Value {
    /// The openCypher type name of the value, for messages.
    var typeName: String {
        switch self {
        case .null: return "Null"
        case .bool: return "Boolean"
        case .int: return "Integer"
        case .float: return "Float"
        case .string: return "String"
        case .list: return "List"
        case .map: return "Map"
        case .node: return "Node"
        case .relationship: return "Relationship"
        case .path: return "Path"
        case .temporal(let t): return t.typeName
        }
    }

    /// The elements of a list value, or `nil` for any other value.
    var listElements: [Value]? {
        if case .list(let l) = self { return l }
        return nil
    }

    /// `true` for temporal values.
    var isTemporal: Bool {
        if case .temporal = self { return true }
        return false
    }

    /// `true` for `.null`.
    var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}
