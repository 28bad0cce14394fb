extension Parser {
    /// Words that start or continue clauses and operators, so cannot be a bare variable.
    static let reservedWords: Set<String> = [
        "MATCH", "OPTIONAL", "WHERE", "RETURN", "WITH", "UNWIND", "CREATE", "MERGE", "SET", "DELETE",
        "DETACH", "REMOVE", "UNION", "ORDER", "SKIP", "LIMIT", "AS", "AND", "OR", "XOR", "NOT", "IN",
        "IS", "STARTS", "ENDS", "CONTAINS", "THEN", "ELSE", "END", "WHEN", "DISTINCT", "CALL", "YIELD",
    ]

    /// Literals, parameters, parenthesized expressions, pattern predicates, lists, maps,
    /// comprehensions, CASE, EXISTS, function calls and variables.
    mutating func parseAtom() throws(QueryError) -> Expression {
        let token = current
        let start = token.span.start
        switch token.kind {
        case .integer(let magnitude):
            guard let magnitude, magnitude <= UInt64(Int64.max) else {
                throw .compile(.integerOverflow, "integer literal is too large for a 64-bit integer", at: start)
            }
            advance()
            return Expression(.literal(.integer(Int64(magnitude))), span: token.span)
        case .float(let value):
            guard value.isFinite else { throw .compile(.floatingPointOverflow, "float literal is too large", at: start) }
            advance()
            return Expression(.literal(.float(value)), span: token.span)
        case .malformedNumber(let text):
            throw .compile(.invalidNumberLiteral, "invalid number literal '\(text)'", at: start)
        case .string(let value):
            advance()
            return Expression(.literal(.string(value)), span: token.span)
        case .parameter(let name):
            advance()
            return Expression(.parameter(name), span: token.span)
        case .symbol(.leftParen):
            return try parseParenthesizedOrPattern()
        case .symbol(.leftBracket):
            return try nested { (p: inout Parser) throws(QueryError) in try p.parseBracketed() }
        case .symbol(.leftBrace):
            return try parseMapLiteral()
        case .name(let name, let quoted):
            return try parseNamedAtom(name, quoted: quoted)
        case .symbol, .end:
            throw unexpected(expected: "an expression")
        }
    }

    /// `(expression)` or a pattern predicate `(a)-->(b)` (tried first; needs one step).
    private mutating func parseParenthesizedOrPattern() throws(QueryError) -> Expression {
        if let element = attempt(.patternPredicate, { (p: inout Parser) throws(QueryError) -> PatternElement in
            let element = try p.parsePatternElement()
            guard !element.steps.isEmpty else { throw p.unexpected(expected: "a relationship") }
            return element
        }) {
            return Expression(.patternPredicate(element), span: element.span)
        }
        let start = advance().span.start
        let inner = try parseExpression()
        try expectSymbol(.rightParen)
        return Expression(inner.kind, span: span(from: start))
    }

    private mutating func parseNamedAtom(_ name: String, quoted: Bool) throws(QueryError) -> Expression {
        let token = current
        let start = token.span.start
        let next = self.token(at: 1)
        if !quoted {
            switch name.uppercased() {
            case "TRUE": advance(); return Expression(.literal(.bool(true)), span: token.span)
            case "FALSE": advance(); return Expression(.literal(.bool(false)), span: token.span)
            case "NULL": advance(); return Expression(.literal(.null), span: token.span)
            case "CASE": return try parseCase()
            case "EXISTS" where next.isSymbol(.leftBrace): return try parseExistsSubquery()
            case "COUNT" where next.isSymbol(.leftParen) && self.token(at: 2).isSymbol(.star):
                advance(); advance(); advance()
                try expectSymbol(.rightParen)
                return Expression(.countStar, span: span(from: start))
            case let word where next.isSymbol(.leftParen) && self.token(at: 3).isKeyword("IN"):
                guard let quantifier = Quantifier(rawValue: word.lowercased()) else { break }
                advance(); advance()
                let body = try parseComprehensionBody(allowProjection: false)
                try expectSymbol(.rightParen)
                return Expression(.quantifier(quantifier, body), span: span(from: start))
            case "REDUCE" where next.isSymbol(.leftParen):
                return try parseReduce()
            case let word where Parser.reservedWords.contains(word):
                throw .compile(.unexpectedSyntax, "expected an expression, found keyword \(token.displayText)", at: start)
            default:
                break
            }
        }
        if let call = try parseFunctionCallIfPresent() { return call }
        advance()
        let variable = Expression(.variable(name), span: token.span)
        if atSymbol(.leftBrace) { return try parseMapProjection(of: Variable(name: name, span: token.span)) }
        return variable
    }

    /// `name(.name)* ( [DISTINCT] args )` when the tokens ahead have that shape.
    private mutating func parseFunctionCallIfPresent() throws(QueryError) -> Expression? {
        var ahead = 1
        while token(at: ahead).isSymbol(.dot), case .name = token(at: ahead + 1).kind { ahead += 2 }
        guard token(at: ahead).isSymbol(.leftParen) else { return nil }
        let start = current.span.start
        var parts: [String] = []
        for offset in stride(from: 0, to: ahead, by: 2) {
            if case .name(let part, _) = token(at: offset).kind { parts.append(part) }
        }
        for _ in 0...ahead { advance() }
        let isDistinct = consumeKeyword("DISTINCT")
        var arguments: [Expression] = []
        if !atSymbol(.rightParen) {
            repeat { arguments.append(try parseExpression()) } while consumeSymbol(.comma)
        }
        try expectSymbol(.rightParen)
        let call = FunctionCall(name: parts.joined(separator: "."), isDistinct: isDistinct, arguments: arguments)
        return Expression(.functionCall(call), span: span(from: start))
    }

    /// `{key: e, …}`.
    mutating func parseMapLiteral() throws(QueryError) -> Expression {
        let start = current.span.start
        try expectSymbol(.leftBrace)
        var entries: [MapEntry] = []
        if !atSymbol(.rightBrace) {
            repeat {
                let keyStart = current.span.start
                let key = try expectSymbolicName("a map key")
                try expectSymbol(.colon)
                let value = try parseExpression()
                entries.append(MapEntry(key: key, value: value, span: span(from: keyStart)))
            } while consumeSymbol(.comma)
        }
        try expectSymbol(.rightBrace)
        return Expression(.map(entries), span: span(from: start))
    }

    /// After a variable: `{.key, key: e, variable, .*}`.
    private mutating func parseMapProjection(of variable: Variable) throws(QueryError) -> Expression {
        try expectSymbol(.leftBrace)
        var items: [MapProjectionItem] = []
        if !atSymbol(.rightBrace) {
            repeat {
                if consumeSymbol(.dot) {
                    if consumeSymbol(.star) {
                        items.append(.allProperties)
                    } else {
                        items.append(.property(try expectSymbolicName("a property key")))
                    }
                } else {
                    let name = try expectSymbolicName("a map projection item")
                    if consumeSymbol(.colon) {
                        items.append(.literal(key: name, value: try parseExpression()))
                    } else {
                        items.append(.variable(name))
                    }
                }
            } while consumeSymbol(.comma)
        }
        try expectSymbol(.rightBrace)
        return Expression(.mapProjection(variable: variable, items: items), span: span(from: variable.span.start))
    }
}
