/// A value as the TCK writes it in result tables: Cypher literals plus nodes, relationships
/// and paths described by labels, types and properties only (ids never appear), so that an
/// engine's results and the expected ones compare structurally.
public indirect enum TCKValue: Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case float(Double)
    case string(String)
    case list([TCKValue])
    /// A map; key order does not matter.
    case map([String: TCKValue])
    case node(TCKNode)
    case relationship(TCKRelationship)
    case path(TCKPath)
}

/// A node as the TCK shows it: `(:A:B {name: 'x'})`.
public struct TCKNode: Sendable {
    /// Labels; their order does not matter.
    public var labels: [String]
    public var properties: [String: TCKValue]

    /// Creates a node description.
    public init(labels: [String] = [], properties: [String: TCKValue] = [:]) {
        self.labels = labels
        self.properties = properties
    }
}

/// A relationship as the TCK shows it: `[:T {since: 1}]`.
public struct TCKRelationship: Sendable {
    public var type: String
    public var properties: [String: TCKValue]

    /// Creates a relationship description.
    public init(type: String, properties: [String: TCKValue] = [:]) {
        self.type = type
        self.properties = properties
    }
}

/// A path as the TCK shows it: `<(:A)-[:T]->(:B)<-[:U]-(:C)>`.
public struct TCKPath: Sendable {
    /// One hop: the relationship, whether it points along the path, and the node reached.
    public struct Step: Sendable {
        public var relationship: TCKRelationship
        /// `true` for `-[…]->`, `false` for `<-[…]-`.
        public var forward: Bool
        public var node: TCKNode

        /// Creates a hop.
        public init(relationship: TCKRelationship, forward: Bool, node: TCKNode) {
            self.relationship = relationship
            self.forward = forward
            self.node = node
        }
    }

    public var start: TCKNode
    public var steps: [Step]

    /// Creates a path description.
    public init(start: TCKNode, steps: [Step] = []) {
        self.start = start
        self.steps = steps
    }
}
