/// A name written in the query (variable or alias), with where it was written.
struct Variable: Sendable, Hashable {
    var name: String
    var span: SourceSpan
}

/// Comma-separated pattern parts: `(a)-->(b), (c)`.
struct Pattern: Sendable, Hashable {
    var parts: [PatternPart]
    var span: SourceSpan
}

/// One pattern part: `[p =] element`.
struct PatternPart: Sendable, Hashable {
    /// The named path variable (`p = …`), if any.
    var pathVariable: Variable?
    var element: PatternElement
    var span: SourceSpan
}

/// A chain `(n0) -[r1]- (n1) -[r2]- (n2) …`.
struct PatternElement: Sendable, Hashable {
    /// One relationship step and the node it leads to.
    struct Step: Sendable, Hashable {
        var relationship: RelationshipPattern
        var node: NodePattern
    }

    var start: NodePattern
    var steps: [Step]
    var span: SourceSpan

    /// All node patterns in order (`steps.count + 1` of them).
    var nodes: [NodePattern] { [start] + steps.map(\.node) }
}

/// `(variable:Label1:Label2 {key: value})` or `(variable $param)`.
struct NodePattern: Sendable, Hashable {
    var variable: Variable?
    /// Labels the node must all have (conjunction).
    var labels: [String]
    /// A `.map` literal or a `.parameter` expression, if written.
    var properties: Expression?
    var span: SourceSpan
}

/// `-[variable:T1|T2 *min..max {key: value}]->` and the other directions.
struct RelationshipPattern: Sendable, Hashable {
    /// Direction relative to the written order of the two node patterns.
    enum Direction: Sendable, Hashable {
        /// `-->`: from the left node to the right node.
        case outgoing
        /// `<--`: from the right node to the left node.
        case incoming
        /// `--` (also `<-->`): either way.
        case either
    }

    /// `*`, `*n`, `*min..`, `*..max`, `*min..max`; `nil` bounds are open
    /// (the executor treats an open minimum as 1).
    struct Length: Sendable, Hashable {
        var minimum: Int?
        var maximum: Int?
    }

    var variable: Variable?
    /// Allowed types (disjunction); empty means any type.
    var types: [String]
    var direction: Direction
    /// `nil` for a single-hop relationship.
    var length: Length?
    /// A `.map` literal or a `.parameter` expression, if written.
    var properties: Expression?
    var span: SourceSpan
}
