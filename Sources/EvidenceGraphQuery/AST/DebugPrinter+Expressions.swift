import EvidenceGraphCore

extension DebugPrinter {
    static func print(_ pattern: Pattern) -> String {
        pattern.parts.map(print).joined(separator: ", ")
    }

    static func print(_ part: PatternPart) -> String {
        (part.pathVariable.map { name($0.name) + " = " } ?? "") + print(part.element)
    }

    static func print(_ element: PatternElement) -> String {
        print(element.start) + element.steps.map { print($0.relationship) + print($0.node) }.joined()
    }

    static func print(_ node: NodePattern) -> String {
        var inner = node.variable.map { name($0.name) } ?? ""
        inner += node.labels.map { ":" + name($0) }.joined()
        if let properties = node.properties { inner += (inner.isEmpty ? "" : " ") + print(properties) }
        return "(" + inner + ")"
    }

    static func print(_ relationship: RelationshipPattern) -> String {
        var inner = relationship.variable.map { name($0.name) } ?? ""
        if !relationship.types.isEmpty { inner += ":" + relationship.types.map(name).joined(separator: "|") }
        if let length = relationship.length {
            inner += "*"
            if length.minimum == length.maximum, let exact = length.minimum {
                inner += "\(exact)"
            } else if length.minimum != nil || length.maximum != nil {
                inner += (length.minimum.map(String.init) ?? "") + ".." + (length.maximum.map(String.init) ?? "")
            }
        }
        if let properties = relationship.properties { inner += (inner.isEmpty ? "" : " ") + print(properties) }
        let body = "-[" + inner + "]-"
        switch relationship.direction {
        case .outgoing: return body + ">"
        case .incoming: return "<" + body
        case .either: return body
        }
    }

    static func print(_ expression: Expression) -> String {
        switch expression.kind {
        case .literal(let literal): return print(literal)
        case .parameter(let p): return "$" + (p.unicodeScalars.allSatisfy(\.isDecimalDigit) ? p : name(p))
        case .variable(let v): return name(v)
        case .property(let base, let key): return print(base) + "." + name(key)
        case .hasLabels(let base, let labels): return print(base) + labels.map { ":" + name($0) }.joined()
        case .list(let elements): return "[" + elements.map(print).joined(separator: ", ") + "]"
        case .map(let entries): return "{" + entries.map { name($0.key) + ": " + print($0.value) }.joined(separator: ", ") + "}"
        case .index(let base, let index): return print(base) + "[" + print(index) + "]"
        case .slice(let base, let from, let to):
            return print(base) + "[" + (from.map(print) ?? "") + ".." + (to.map(print) ?? "") + "]"
        case .unary(let op, let operand):
            return "(" + (op == .not ? "NOT " : op.rawValue) + print(operand) + ")"
        case .binary(let op, let lhs, let rhs): return "(" + print(lhs) + " " + op.rawValue + " " + print(rhs) + ")"
        case .isNull(let operand, let negated): return "(" + print(operand) + (negated ? " IS NOT NULL)" : " IS NULL)")
        case .functionCall(let call):
            return call.name + "(" + (call.isDistinct ? "DISTINCT " : "") + call.arguments.map(print).joined(separator: ", ") + ")"
        case .countStar: return "count(*)"
        case .caseExpression(let c):
            var text = "CASE" + (c.subject.map { " " + print($0) } ?? "")
            for alternative in c.alternatives { text += " WHEN \(print(alternative.when)) THEN \(print(alternative.then))" }
            if let e = c.elseExpression { text += " ELSE " + print(e) }
            return text + " END"
        case .listComprehension(let c): return "[" + print(c) + "]"
        case .quantifier(let q, let c): return q.rawValue + "(" + print(c) + ")"
        case .reduce(let r):
            return "reduce(\(name(r.accumulator.name)) = \(print(r.initial)), \(name(r.variable.name)) IN \(print(r.source)) | \(print(r.expression)))"
        case .patternPredicate(let element): return print(element)
        case .patternComprehension(let c):
            return "[" + (c.pathVariable.map { name($0.name) + " = " } ?? "") + print(c.pattern)
                + (c.predicate.map { " WHERE " + print($0) } ?? "") + " | " + print(c.projection) + "]"
        case .existsSubquery(.pattern(let pattern, let predicate)):
            return "EXISTS { " + print(pattern) + (predicate.map { " WHERE " + print($0) } ?? "") + " }"
        case .existsSubquery(.query(let body)): return "EXISTS { " + print(body) + " }"
        case .mapProjection(let variable, let items):
            return name(variable.name) + "{" + items.map { item in
                switch item {
                case .property(let key): "." + name(key)
                case .literal(let key, let value): name(key) + ": " + print(value)
                case .variable(let v): name(v)
                case .allProperties: ".*"
                }
            }.joined(separator: ", ") + "}"
        }
    }

    private static func print(_ c: ListComprehension) -> String {
        name(c.variable.name) + " IN " + print(c.source) + (c.predicate.map { " WHERE " + print($0) } ?? "")
            + (c.projection.map { " | " + print($0) } ?? "")
    }

    static func print(_ literal: Literal) -> String {
        switch literal {
        case .null: "null"
        case .bool(let b): b ? "true" : "false"
        case .integer(let i): String(i)
        case .float(let d): d.isFinite ? String(d) : (d.isNaN ? "NaN" : (d < 0 ? "-1e999" : "1e999"))
        case .string(let s): PropertyValue.string(s).description
        }
    }
}
