/// openCypher's three-valued logic: `Bool?` where `nil` is null.
enum TernaryLogic {
    /// Reads a value as a ternary boolean; non-booleans are a type error.
    static func truth(_ v: Value) throws(QueryError) -> Bool? {
        switch v {
        case .null: return nil
        case .bool(let b): return b
        default: throw .typeError("expected a Boolean but got \(v.typeName)")
        }
    }

    static func and(_ a: Bool?, _ b: Bool?) -> Bool? {
        if a == false || b == false { return false }
        if a == nil || b == nil { return nil }
        return true
    }

    static func or(_ a: Bool?, _ b: Bool?) -> Bool? {
        if a == true || b == true { return true }
        if a == nil || b == nil { return nil }
        return false
    }

    static func xor(_ a: Bool?, _ b: Bool?) -> Bool? {
        guard let a, let b else { return nil }
        return a != b
    }

    static func not(_ a: Bool?) -> Bool? { a.map { !$0 } }
}

extension Value {
    /// Wraps a ternary boolean.
    init(ternary b: Bool?) { self = b.map(Value.bool) ?? .null }
}
