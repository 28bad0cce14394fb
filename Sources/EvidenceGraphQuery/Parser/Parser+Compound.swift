extension Parser {
    /// After `[`: a list comprehension, a pattern comprehension or a list literal.
    mutating func parseBracketed() throws(QueryError) -> Expression {
        let start = current.span.start
        try expectSymbol(.leftBracket)
        if case .name = current.kind, token(at: 1).isKeyword("IN") {
            let body = try parseComprehensionBody(allowProjection: true)
            try expectSymbol(.rightBracket)
            return Expression(.listComprehension(body), span: span(from: start))
        }
        if let comprehension = attempt(.patternComprehension, { (p: inout Parser) throws(QueryError) -> PatternComprehension in
            try p.parsePatternComprehensionBody()
        }) {
            try expectSymbol(.rightBracket)
            return Expression(.patternComprehension(comprehension), span: span(from: start))
        }
        var elements: [Expression] = []
        if !atSymbol(.rightBracket) {
            repeat { elements.append(try parseExpression()) } while consumeSymbol(.comma)
        }
        try expectSymbol(.rightBracket)
        return Expression(.list(elements), span: span(from: start))
    }

    /// `variable IN source [WHERE predicate] [| projection]` (no projection for quantifiers).
    mutating func parseComprehensionBody(allowProjection: Bool) throws(QueryError) -> ListComprehension {
        let variable = try expectName("a variable")
        try expectKeyword("IN")
        let source = try parseExpression()
        let predicate = consumeKeyword("WHERE") ? try parseExpression() : nil
        var projection: Expression?
        if allowProjection, consumeSymbol(.pipe) { projection = try parseExpression() }
        return ListComprehension(variable: variable, source: source, predicate: predicate, projection: projection)
    }

    /// `[p =] element [WHERE predicate] | projection` (the brackets are the caller's).
    private mutating func parsePatternComprehensionBody() throws(QueryError) -> PatternComprehension {
        var pathVariable: Variable?
        if case .name = current.kind, token(at: 1).isSymbol(.equal) {
            pathVariable = try expectName()
            advance()
        }
        guard atSymbol(.leftParen) else { throw unexpected(expected: "a pattern") }
        let element = try parsePatternElement()
        guard !element.steps.isEmpty else { throw unexpected(expected: "a relationship") }
        let predicate = consumeKeyword("WHERE") ? try parseExpression() : nil
        try expectSymbol(.pipe)
        let projection = try parseExpression()
        return PatternComprehension(pathVariable: pathVariable, pattern: element, predicate: predicate, projection: projection)
    }

    /// `CASE [subject] (WHEN e THEN e)+ [ELSE e] END`.
    mutating func parseCase() throws(QueryError) -> Expression {
        let start = advance().span.start
        let subject = atKeyword("WHEN") ? nil : try parseExpression()
        var alternatives: [CaseExpression.Alternative] = []
        while consumeKeyword("WHEN") {
            let when = try parseExpression()
            try expectKeyword("THEN")
            alternatives.append(.init(when: when, then: try parseExpression()))
        }
        guard !alternatives.isEmpty else { throw unexpected(expected: "WHEN") }
        let elseExpression = consumeKeyword("ELSE") ? try parseExpression() : nil
        try expectKeyword("END")
        let value = CaseExpression(subject: subject, alternatives: alternatives, elseExpression: elseExpression)
        return Expression(.caseExpression(value), span: span(from: start))
    }

    /// `reduce(accumulator = initial, variable IN source | expression)`.
    mutating func parseReduce() throws(QueryError) -> Expression {
        let start = advance().span.start
        try expectSymbol(.leftParen)
        let accumulator = try expectName("an accumulator variable")
        try expectSymbol(.equal)
        let initial = try parseExpression()
        try expectSymbol(.comma)
        let variable = try expectName("a variable")
        try expectKeyword("IN")
        let source = try parseExpression()
        try expectSymbol(.pipe)
        let expression = try parseExpression()
        try expectSymbol(.rightParen)
        let reduce = Reduce(accumulator: accumulator, initial: initial, variable: variable, source: source, expression: expression)
        return Expression(.reduce(reduce), span: span(from: start))
    }

    /// `EXISTS { query }` or `EXISTS { pattern [WHERE predicate] }`.
    mutating func parseExistsSubquery() throws(QueryError) -> Expression {
        let start = advance().span.start
        try expectSymbol(.leftBrace)
        let subquery: ExistsSubquery = try nested { (p: inout Parser) throws(QueryError) -> ExistsSubquery in
            if p.atClauseStart { return .query(try p.parseQueryBody()) }
            let pattern = try p.parsePattern()
            let predicate = p.consumeKeyword("WHERE") ? try p.parseExpression() : nil
            return .pattern(pattern, predicate: predicate)
        }
        try expectSymbol(.rightBrace)
        return Expression(.existsSubquery(subquery), span: span(from: start))
    }
}
