extension Parser {
    /// `[EXPLAIN | PROFILE] query [;]` then end of input.
    mutating func parseStatement() throws(QueryError) -> Statement {
        let start = current.span.start
        var mode = Statement.Mode.run
        if consumeKeyword("EXPLAIN") {
            mode = .explain
        } else if consumeKeyword("PROFILE") {
            mode = .profile
        }
        let body = try parseQueryBody()
        _ = consumeSymbol(.semicolon)
        guard atEnd else { throw unexpected(expected: "a clause or end of input") }
        return Statement(mode: mode, body: body, span: span(from: start))
    }

    /// `singleQuery (UNION [ALL] singleQuery)*`.
    mutating func parseQueryBody() throws(QueryError) -> QueryBody {
        let first = try parseSingleQuery()
        var unions: [QueryBody.UnionPart] = []
        while atKeyword("UNION") {
            let start = advance().span.start
            let isAll = consumeKeyword("ALL")
            let unionSpan = span(from: start)
            unions.append(.init(isAll: isAll, query: try parseSingleQuery(), span: unionSpan))
        }
        return QueryBody(first: first, unions: unions)
    }

    /// Clauses up to `UNION`, `;`, `}` or the end.
    mutating func parseSingleQuery() throws(QueryError) -> SingleQuery {
        let start = current.span.start
        var clauses: [Clause] = []
        while !atEnd, !atKeyword("UNION"), !atSymbol(.semicolon), !atSymbol(.rightBrace) {
            let before = index
            clauses.append(try parseClause())
            assert(index > before, "parseClause made no progress")
        }
        guard !clauses.isEmpty else { throw unexpected(expected: "a clause (MATCH, RETURN, …)") }
        return SingleQuery(clauses: clauses, span: span(from: start))
    }

    /// Whether the current token starts a clause.
    var atClauseStart: Bool {
        ["MATCH", "OPTIONAL", "UNWIND", "WITH", "RETURN", "CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "CALL"]
            .contains { atKeyword($0) }
    }

    mutating func parseClause() throws(QueryError) -> Clause {
        let start = current.span.start
        if consumeKeyword("OPTIONAL") {
            guard atKeyword("MATCH") else { throw unexpected(expected: "MATCH after OPTIONAL") }
            return .match(try parseMatch(optional: true, start: start))
        }
        let keyword = current
        guard case .name(let word, quoted: false) = keyword.kind else { throw unexpected(expected: "a clause (MATCH, RETURN, …)") }
        switch word.uppercased() {
        case "MATCH":
            return .match(try parseMatch(optional: false, start: start))
        case "UNWIND":
            advance()
            let expression = try parseExpression()
            try expectKeyword("AS")
            let variable = try expectName("a variable after AS")
            return .unwind(UnwindClause(expression: expression, variable: variable, span: span(from: start)))
        case "WITH":
            advance()
            let projection = try parseProjection()
            let predicate = consumeKeyword("WHERE") ? try parseExpression() : nil
            return .with(WithClause(projection: projection, predicate: predicate, span: span(from: start)))
        case "RETURN":
            advance()
            return .return(ReturnClause(projection: try parseProjection(), span: span(from: start)))
        case "CREATE":
            advance()
            return .create(CreateClause(pattern: try parsePattern(), span: span(from: start)))
        case "MERGE":
            advance()
            return .merge(try parseMergeRest(start: start))
        case "SET":
            advance()
            return .set(SetClause(items: try parseSetItems(), span: span(from: start)))
        case "DELETE", "DETACH":
            let isDetach = consumeKeyword("DETACH")
            try expectKeyword("DELETE")
            var expressions = [try parseExpression()]
            while consumeSymbol(.comma) { expressions.append(try parseExpression()) }
            return .delete(DeleteClause(isDetach: isDetach, expressions: expressions, span: span(from: start)))
        case "REMOVE":
            advance()
            return .remove(RemoveClause(items: try parseRemoveItems(), span: span(from: start)))
        default:
            throw .compile(.unexpectedSyntax, "expected a clause (MATCH, RETURN, …), found \(keyword.displayText)",
                           at: keyword.span.start)
        }
    }

    private mutating func parseMatch(optional: Bool, start: SourcePosition) throws(QueryError) -> MatchClause {
        try expectKeyword("MATCH")
        let pattern = try parsePattern()
        let predicate = consumeKeyword("WHERE") ? try parseExpression() : nil
        return MatchClause(isOptional: optional, pattern: pattern, predicate: predicate, span: span(from: start))
    }
}
