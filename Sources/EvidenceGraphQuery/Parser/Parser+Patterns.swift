extension Parser {
    /// `part (, part)*`.
    mutating func parsePattern() throws(QueryError) -> Pattern {
        let start = current.span.start
        var parts = [try parsePatternPart()]
        while consumeSymbol(.comma) { parts.append(try parsePatternPart()) }
        return Pattern(parts: parts, span: span(from: start))
    }

    /// `[name =] element`.
    mutating func parsePatternPart() throws(QueryError) -> PatternPart {
        let start = current.span.start
        var pathVariable: Variable?
        if case .name = current.kind, token(at: 1).isSymbol(.equal) {
            pathVariable = try expectName()
            advance()
        }
        let element = try parsePatternElement()
        return PatternPart(pathVariable: pathVariable, element: element, span: span(from: start))
    }

    /// `node (relationship node)*`, or the same in parentheses.
    mutating func parsePatternElement() throws(QueryError) -> PatternElement {
        if atSymbol(.leftParen), let inner = attempt(.parenthesizedPatternElement, { (p: inout Parser) throws(QueryError) -> PatternElement in
            try p.parseParenthesizedPatternElement()
        }) {
            return inner
        }
        let start = current.span.start
        let first = try parseNodePattern()
        var steps: [PatternElement.Step] = []
        while atRelationshipStart {
            let relationship = try parseRelationshipPattern()
            steps.append(.init(relationship: relationship, node: try parseNodePattern()))
        }
        return PatternElement(start: first, steps: steps, span: span(from: start))
    }

    private mutating func parseParenthesizedPatternElement() throws(QueryError) -> PatternElement {
        try expectSymbol(.leftParen)
        let element = try nested { (p: inout Parser) throws(QueryError) in try p.parsePatternElement() }
        try expectSymbol(.rightParen)
        return element
    }

    /// Whether a relationship pattern (`-` or `<-`) starts here.
    var atRelationshipStart: Bool {
        atSymbol(.minus) || (atSymbol(.less) && token(at: 1).isSymbol(.minus))
    }

    /// `( [name] [:Label…] [properties] )`.
    mutating func parseNodePattern() throws(QueryError) -> NodePattern {
        let start = current.span.start
        try expectSymbol(.leftParen)
        var variable: Variable?
        if case .name = current.kind { variable = try expectName() }
        let labels = try parseLabels()
        let properties = try parsePatternProperties()
        try expectSymbol(.rightParen)
        return NodePattern(variable: variable, labels: labels, properties: properties, span: span(from: start))
    }

    /// `(:name)*` — labels of a node pattern or a label predicate.
    mutating func parseLabels() throws(QueryError) -> [String] {
        var labels: [String] = []
        while consumeSymbol(.colon) { labels.append(try expectSymbolicName("a label")) }
        return labels
    }

    /// A map literal or a parameter, when one is next.
    private mutating func parsePatternProperties() throws(QueryError) -> Expression? {
        if atSymbol(.leftBrace) { return try parseMapLiteral() }
        if case .parameter(let name) = current.kind {
            return Expression(.parameter(name), span: advance().span)
        }
        return nil
    }

    /// `<-[…]-`, `-[…]->`, `-[…]-`, `<-[…]->` and the bracket-less forms `-->`, `<--`, `--`.
    mutating func parseRelationshipPattern() throws(QueryError) -> RelationshipPattern {
        let start = current.span.start
        let pointsLeft = consumeSymbol(.less)
        try expectSymbol(.minus)
        var variable: Variable?
        var types: [String] = []
        var length: RelationshipPattern.Length?
        var properties: Expression?
        if consumeSymbol(.leftBracket) {
            if case .name = current.kind { variable = try expectName() }
            if consumeSymbol(.colon) {
                types.append(try expectSymbolicName("a relationship type"))
                while consumeSymbol(.pipe) {
                    _ = consumeSymbol(.colon)
                    types.append(try expectSymbolicName("a relationship type"))
                }
            }
            if consumeSymbol(.star) {
                length = try parseLengthRange()
            } else if atSymbol(.dotDot) || current.kind.isInteger {
                throw .compile(.invalidRelationshipPattern, "a variable-length relationship needs '*' before its bounds",
                               at: current.span.start)
            }
            properties = try parsePatternProperties()
            try expectSymbol(.rightBracket)
        }
        try expectSymbol(.minus)
        let pointsRight = consumeSymbol(.greater)
        let direction: RelationshipPattern.Direction = pointsLeft == pointsRight ? .either : (pointsRight ? .outgoing : .incoming)
        return RelationshipPattern(variable: variable, types: types, direction: direction, length: length,
                                   properties: properties, span: span(from: start))
    }

    /// After `*`: `[min] [.. [max]]`; a lone number fixes both bounds.
    private mutating func parseLengthRange() throws(QueryError) -> RelationshipPattern.Length {
        let minimum = try parseLengthBound()
        guard consumeSymbol(.dotDot) else { return .init(minimum: minimum, maximum: minimum) }
        return .init(minimum: minimum, maximum: try parseLengthBound())
    }

    private mutating func parseLengthBound() throws(QueryError) -> Int? {
        if atSymbol(.minus) {
            throw .compile(.invalidRelationshipPattern, "relationship length bounds cannot be negative", at: current.span.start)
        }
        guard case .integer(let value) = current.kind else { return nil }
        let token = advance()
        guard let value, value <= UInt64(Int.max) else {
            throw .compile(.integerOverflow, "relationship length bound is too large", at: token.span.start)
        }
        return Int(value)
    }
}
