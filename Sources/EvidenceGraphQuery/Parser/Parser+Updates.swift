extension Parser {
    /// After `MERGE`: `part (ON (CREATE | MATCH) SET items)*`.
    mutating func parseMergeRest(start: SourcePosition) throws(QueryError) -> MergeClause {
        let part = try parsePatternPart()
        var actions: [MergeClause.Action] = []
        while atKeyword("ON") {
            let actionStart = advance().span.start
            let onCreate: Bool
            if consumeKeyword("CREATE") {
                onCreate = true
            } else if consumeKeyword("MATCH") {
                onCreate = false
            } else {
                throw unexpected(expected: "CREATE or MATCH after ON")
            }
            try expectKeyword("SET")
            actions.append(.init(onCreate: onCreate, items: try parseSetItems(), span: span(from: actionStart)))
        }
        return MergeClause(part: part, actions: actions, span: span(from: start))
    }

    /// `item (, item)*` where item is `target.key = e`, `v = e`, `v += e` or `v:Label…`.
    mutating func parseSetItems() throws(QueryError) -> [SetItem] {
        var items: [SetItem] = []
        repeat {
            let start = current.span.start
            let target = try parsePostfixExpression()
            if case .variable(let name) = target.kind {
                let variable = Variable(name: name, span: target.span)
                if consumeSymbol(.equal) {
                    let value = try parseExpression()
                    items.append(.replaceProperties(variable, value, span: span(from: start)))
                    continue
                }
                if consumeSymbol(.plusEqual) {
                    let value = try parseExpression()
                    items.append(.mergeProperties(variable, value, span: span(from: start)))
                    continue
                }
            }
            if case .hasLabels(let base, let labels) = target.kind, case .variable(let name) = base.kind {
                items.append(.labels(Variable(name: name, span: base.span), labels, span: span(from: start)))
                continue
            }
            guard case .property(let base, let key) = target.kind else {
                throw .compile(.unexpectedSyntax, "expected a property, variable or labels to SET", at: start)
            }
            try expectSymbol(.equal)
            let value = try parseExpression()
            items.append(.property(target: base, key: key, value: value, span: span(from: start)))
        } while consumeSymbol(.comma)
        return items
    }

    /// `item (, item)*` where item is `target.key` or `v:Label…`.
    mutating func parseRemoveItems() throws(QueryError) -> [RemoveClause.Item] {
        var items: [RemoveClause.Item] = []
        repeat {
            let start = current.span.start
            let target = try parsePostfixExpression()
            switch target.kind {
            case .property(let base, let key):
                items.append(.property(target: base, key: key, span: span(from: start)))
            case .hasLabels(let base, let labels):
                guard case .variable(let name) = base.kind else { fallthrough }
                items.append(.labels(Variable(name: name, span: base.span), labels, span: span(from: start)))
            default:
                throw .compile(.unexpectedSyntax, "expected a property or labels to REMOVE", at: start)
            }
        } while consumeSymbol(.comma)
        return items
    }
}
