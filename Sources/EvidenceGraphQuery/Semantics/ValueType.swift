/// What the analyzer knows about the type of an expression at compile time. `.any` means
/// "unknown"; every check accepts `.any` and `.null`, so only provable mistakes are errors.
indirect enum ValueType: Sendable, Hashable, CustomStringConvertible {
    case any, null, boolean, integer, float, string, map
    case node, relationship, path
    case list(ValueType)

    /// The broad categories checks ask about.
    enum Category {
        case boolean, number, string, list, map, node, relationship, path
        /// Something with properties: map, node or relationship.
        case propertyContainer
    }

    /// Whether a value of this type may belong to `category` (always for `.any` / `.null`).
    func may(be category: Category) -> Bool {
        switch (self, category) {
        case (.any, _), (.null, _): true
        case (.boolean, .boolean), (.string, .string), (.list, .list), (.map, .map): true
        case (.integer, .number), (.float, .number): true
        case (.node, .node), (.relationship, .relationship), (.path, .path): true
        case (.map, .propertyContainer), (.node, .propertyContainer), (.relationship, .propertyContainer): true
        default: false
        }
    }

    /// The element type of a list (`.any` when unknown).
    var elementType: ValueType {
        if case .list(let element) = self { return element }
        return .any
    }

    /// The least type covering both (`.any` when they differ).
    func joined(with other: ValueType) -> ValueType {
        if self == other { return self }
        if self == .null { return other }
        if other == .null { return self }
        if case .list(let a) = self, case .list(let b) = other { return .list(a.joined(with: b)) }
        return .any
    }

    /// The coarse kind the planner uses.
    var variableKind: VariableKind {
        switch self {
        case .node: .node
        case .relationship: .relationship
        case .list(.relationship): .relationshipList
        case .path: .path
        default: .value
        }
    }

    var description: String {
        switch self {
        case .any: "Any"
        case .null: "Null"
        case .boolean: "Boolean"
        case .integer: "Integer"
        case .float: "Float"
        case .string: "String"
        case .map: "Map"
        case .node: "Node"
        case .relationship: "Relationship"
        case .path: "Path"
        case .list(let element): "List<\(element)>"
        }
    }
}
