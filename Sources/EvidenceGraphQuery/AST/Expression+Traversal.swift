extension Expression {
    /// The direct sub-expressions, in source order. Patterns inside pattern predicates and
    /// comprehensions contribute their property maps; `EXISTS { … }` subqueries contribute
    /// nothing (they are their own scope).
    var children: [Expression] {
        switch kind {
        case .literal, .parameter, .variable, .countStar, .existsSubquery:
            return []
        case .property(let base, _), .hasLabels(let base, _), .isNull(let base, _), .unary(_, let base):
            return [base]
        case .list(let elements):
            return elements
        case .map(let entries):
            return entries.map(\.value)
        case .index(let base, let index):
            return [base, index]
        case .slice(let base, let from, let to):
            return [base] + [from, to].compactMap { $0 }
        case .binary(_, let lhs, let rhs):
            return [lhs, rhs]
        case .functionCall(let call):
            return call.arguments
        case .caseExpression(let c):
            return [c.subject].compactMap { $0 } + c.alternatives.flatMap { [$0.when, $0.then] }
                + [c.elseExpression].compactMap { $0 }
        case .listComprehension(let c), .quantifier(_, let c):
            return [c.source] + [c.predicate, c.projection].compactMap { $0 }
        case .reduce(let r):
            return [r.initial, r.source, r.expression]
        case .patternPredicate(let element):
            return element.propertyExpressions
        case .patternComprehension(let c):
            return c.pattern.propertyExpressions + [c.predicate].compactMap { $0 } + [c.projection]
        case .mapProjection(_, let items):
            return items.compactMap {
                if case .literal(_, let value) = $0 { return value }
                return nil
            }
        }
    }

    /// Pre-order walk; `body` returns `false` to stop the whole walk.
    /// - Returns: `false` when the walk was stopped.
    @discardableResult
    func visit(_ body: (Expression) -> Bool) -> Bool {
        guard body(self) else { return false }
        for child in children where !child.visit(body) { return false }
        return true
    }
}

extension PatternElement {
    /// The property-map expressions of its nodes and relationships, in source order.
    var propertyExpressions: [Expression] {
        var result: [Expression] = []
        if let p = start.properties { result.append(p) }
        for step in steps {
            if let p = step.relationship.properties { result.append(p) }
            if let p = step.node.properties { result.append(p) }
        }
        return result
    }
}
