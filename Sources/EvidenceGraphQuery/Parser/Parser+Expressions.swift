/// Operator precedence, loosest first (openCypher):
/// OR < XOR < AND < NOT < comparison (= <> < > <= >=, chained) <
/// string/list/null predicates (STARTS WITH, ENDS WITH, CONTAINS, IN, =~, IS [NOT] NULL) <
/// + - < * / % < ^ (left-associative) < unary + - < postfix (.key, [i], [a..b], :Label) < atoms.
extension Parser {
    /// Parses a full expression.
    mutating func parseExpression() throws(QueryError) -> Expression {
        try nested { (p: inout Parser) throws(QueryError) in try p.parseOr() }
    }

    private mutating func parseOr() throws(QueryError) -> Expression {
        let entryDepth = depth
        defer { depth = entryDepth }
        var lhs = try parseXor()
        while consumeKeyword("OR") { try deepen(); lhs = binary(.or, lhs, try parseXor()) }
        return lhs
    }

    private mutating func parseXor() throws(QueryError) -> Expression {
        let entryDepth = depth
        defer { depth = entryDepth }
        var lhs = try parseAnd()
        while consumeKeyword("XOR") { try deepen(); lhs = binary(.xor, lhs, try parseAnd()) }
        return lhs
    }

    private mutating func parseAnd() throws(QueryError) -> Expression {
        let entryDepth = depth
        defer { depth = entryDepth }
        var lhs = try parseNot()
        while consumeKeyword("AND") { try deepen(); lhs = binary(.and, lhs, try parseNot()) }
        return lhs
    }

    private mutating func parseNot() throws(QueryError) -> Expression {
        guard atKeyword("NOT") else { return try parseComparison() }
        let start = advance().span.start
        let operand = try nested { (p: inout Parser) throws(QueryError) in try p.parseNot() }
        return Expression(.unary(.not, operand), span: span(from: start))
    }

    /// `a < b <= c` becomes `a < b AND b <= c`.
    private mutating func parseComparison() throws(QueryError) -> Expression {
        let entryDepth = depth
        defer { depth = entryDepth }
        let first = try parsePredicate()
        var result: Expression?
        var lhs = first
        while let op = comparisonOperator {
            try deepen()
            advance()
            let rhs = try parsePredicate()
            let comparison = binary(op, lhs, rhs)
            result = result.map { binary(.and, $0, comparison) } ?? comparison
            lhs = rhs
        }
        return result ?? first
    }

    private var comparisonOperator: BinaryOperator? {
        guard case .symbol(let symbol) = current.kind else { return nil }
        switch symbol {
        case .equal: return .equal
        case .notEqual, .bangEqual: return .notEqual
        case .less: return .less
        case .greater: return .greater
        case .lessOrEqual: return .lessOrEqual
        case .greaterOrEqual: return .greaterOrEqual
        default: return nil
        }
    }

    /// String, list and null predicates, left to right.
    private mutating func parsePredicate() throws(QueryError) -> Expression {
        let entryDepth = depth
        defer { depth = entryDepth }
        var lhs = try parseAdditive()
        while true {
            try deepen()
            let op: BinaryOperator
            if atKeyword("STARTS"), token(at: 1).isKeyword("WITH") {
                advance(); advance(); op = .startsWith
            } else if atKeyword("ENDS"), token(at: 1).isKeyword("WITH") {
                advance(); advance(); op = .endsWith
            } else if consumeKeyword("CONTAINS") {
                op = .contains
            } else if consumeKeyword("IN") {
                op = .in
            } else if consumeSymbol(.regexMatch) {
                op = .regexMatch
            } else if atKeyword("IS") {
                advance()
                let negated = consumeKeyword("NOT")
                try expectKeyword("NULL")
                lhs = Expression(.isNull(lhs, negated: negated), span: span(from: lhs.span.start))
                continue
            } else {
                return lhs
            }
            lhs = binary(op, lhs, try parseAdditive())
        }
    }

    private mutating func parseAdditive() throws(QueryError) -> Expression {
        let entryDepth = depth
        defer { depth = entryDepth }
        var lhs = try parseMultiplicative()
        while true {
            try deepen()
            let op: BinaryOperator
            if consumeSymbol(.plus) { op = .add } else if consumeSymbol(.minus) { op = .subtract } else { return lhs }
            lhs = binary(op, lhs, try parseMultiplicative())
        }
    }

    private mutating func parseMultiplicative() throws(QueryError) -> Expression {
        let entryDepth = depth
        defer { depth = entryDepth }
        var lhs = try parsePower()
        while true {
            try deepen()
            let op: BinaryOperator
            if consumeSymbol(.star) {
                op = .multiply
            } else if consumeSymbol(.slash) {
                op = .divide
            } else if consumeSymbol(.percent) {
                op = .modulo
            } else {
                return lhs
            }
            lhs = binary(op, lhs, try parsePower())
        }
    }

    private mutating func parsePower() throws(QueryError) -> Expression {
        let entryDepth = depth
        defer { depth = entryDepth }
        var lhs = try parseUnary()
        while consumeSymbol(.caret) { try deepen(); lhs = binary(.power, lhs, try parseUnary()) }
        return lhs
    }

    /// Unary `+`/`-`. A minus directly before a number literal folds into a negative literal,
    /// which is how `-9223372036854775808` (whose magnitude alone overflows) is accepted.
    private mutating func parseUnary() throws(QueryError) -> Expression {
        guard atSymbol(.minus) || atSymbol(.plus) else { return try parsePostfixExpression() }
        let start = current.span.start
        let op: UnaryOperator = advance().isSymbol(.minus) ? .minus : .plus
        if op == .minus, let literal = try parseNegatedNumber(start: start) { return literal }
        let operand = try nested { (p: inout Parser) throws(QueryError) in try p.parseUnary() }
        return Expression(.unary(op, operand), span: span(from: start))
    }

    /// `-<number>` not followed by a postfix operator, as one negative literal.
    private mutating func parseNegatedNumber(start: SourcePosition) throws(QueryError) -> Expression? {
        let next = token(at: 1)
        guard !next.isSymbol(.dot), !next.isSymbol(.leftBracket), !next.isSymbol(.colon) else { return nil }
        let number = current
        switch number.kind {
        case .integer(let magnitude):
            guard let magnitude, magnitude <= UInt64(Int64.max) + 1 else {
                throw .compile(.integerOverflow, "integer literal is too small for a 64-bit integer", at: start)
            }
            advance()
            let value = magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
            return Expression(.literal(.integer(value)), span: span(from: start))
        case .float(let value):
            guard value.isFinite else {
                throw .compile(.floatingPointOverflow, "float literal is too large", at: start)
            }
            advance()
            return Expression(.literal(.float(-value)), span: span(from: start))
        default:
            return nil
        }
    }

    /// An atom followed by property lookups, subscripts/slices and an optional label check.
    mutating func parsePostfixExpression() throws(QueryError) -> Expression {
        let entryDepth = depth
        defer { depth = entryDepth }
        var base = try parseAtom()
        let start = base.span.start
        while true {
            try deepen()
            if atSymbol(.dot) {
                advance()
                let key = try expectSymbolicName("a property key")
                base = Expression(.property(base, key: key), span: span(from: start))
            } else if consumeSymbol(.leftBracket) {
                base = try parseSubscript(of: base)
            } else if atSymbol(.colon), case .name = token(at: 1).kind {
                let labels = try parseLabels()
                base = Expression(.hasLabels(base, labels: labels), span: span(from: start))
            } else {
                return base
            }
        }
    }

    /// After `[`: `index]`, `from..to]`, `..to]`, `from..]`.
    private mutating func parseSubscript(of base: Expression) throws(QueryError) -> Expression {
        let start = base.span.start
        if consumeSymbol(.dotDot) {
            let to = atSymbol(.rightBracket) ? nil : try parseExpression()
            try expectSymbol(.rightBracket)
            return Expression(.slice(base, from: nil, to: to), span: span(from: start))
        }
        let first = try parseExpression()
        if consumeSymbol(.dotDot) {
            let to = atSymbol(.rightBracket) ? nil : try parseExpression()
            try expectSymbol(.rightBracket)
            return Expression(.slice(base, from: first, to: to), span: span(from: start))
        }
        try expectSymbol(.rightBracket)
        return Expression(.index(base, index: first), span: span(from: start))
    }

    func binary(_ op: BinaryOperator, _ lhs: Expression, _ rhs: Expression) -> Expression {
        Expression(.binary(op, lhs, rhs), span: lhs.span.union(rhs.span))
    }
}
