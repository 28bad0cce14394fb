/// A value as the TCK writes it in result tables: Cypher literals plus nodes, relationships
/// and paths described by labels, types and properties only (ids never appear), so that an
/// engine's results and the expected ones compare structurally.
package indirect enum TCKValue: Sendable {
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
package struct TCKNode: Sendable {
    /// Labels; their order does not matter.
    package var labels: [String]
    package var properties: [String: TCKValue]

    /// Creates a node description.
    package init(labels: [String] = [], properties: [String: TCKValue] = [:]) {
        self.labels = labels
        self.properties = properties
    }
}

/// A relationship as the TCK shows it: `[:T {since: 1}]`.
package struct TCKRelationship: Sendable {
    package var type: String
    package var properties: [String: TCKValue]

    /// Creates a relationship description.
    package init(type: String, properties: [String: TCKValue] = [:]) {
        self.type = type
        self.properties = properties
    }
}

/// A path as the TCK shows it: `<(:A)-[:T]->(:B)<-[:U]-(:C)>`.
package struct TCKPath: Sendable {
    /// One hop: the relationship, whether it points along the path, and the node reached.
    package struct Step: Sendable {
        package var relationship: TCKRelationship
        /// `true` for `-[…]->`, `false` for `<-[…]-`.
        package var forward: Bool
        package var node: TCKNode

        /// Creates a hop.
        package init(relationship: TCKRelationship, forward: Bool, node: TCKNode) {
            self.relationship = relationship
            self.forward = forward
            self.node = node
        }
    }

    package var start: TCKNode
    package var steps: [Step]

    /// Creates a path description.
    package init(start: TCKNode, steps: [Step] = []) {
        self.start = start
        self.steps = steps
    }
}
