/// The variables visible at a point of a query, with their inferred types.
struct VariableScope: Sendable {
    private(set) var types: [String: ValueType] = [:]

    /// The type of `name`, or `nil` when it is not bound.
    subscript(name: String) -> ValueType? { types[name] }

    func contains(_ name: String) -> Bool { types[name] != nil }

    mutating func bind(_ name: String, as type: ValueType) { types[name] = type }

    /// Bound names in the order `RETURN *` lists them (by name).
    var sortedNames: [String] { types.keys.sorted() }

    var isEmpty: Bool { types.isEmpty }

    /// This scope with `other`'s bindings added on top (`other` wins on a clash).
    func overlaid(with other: VariableScope) -> VariableScope {
        var merged = self
        merged.types.merge(other.types) { _, new in new }
        return merged
    }
}
