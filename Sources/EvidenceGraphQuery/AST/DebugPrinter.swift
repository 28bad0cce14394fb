/// Renders AST nodes as fully parenthesized, canonical query text: `(a + (b * c))`,
/// upper-case keywords, one space between clauses. For tests and `EXPLAIN` output; the
/// output parses back to an equal tree.
enum DebugPrinter {
    static func print(_ statement: Statement) -> String {
        let prefix = switch statement.mode {
        case .run: ""
        case .explain: "EXPLAIN "
        case .profile: "PROFILE "
        }
        return prefix + print(statement.body)
    }

    static func print(_ body: QueryBody) -> String {
        var text = print(body.first)
        for union in body.unions { text += (union.isAll ? " UNION ALL " : " UNION ") + print(union.query) }
        return text
    }

    static func print(_ query: SingleQuery) -> String {
        query.clauses.map(print).joined(separator: " ")
    }

    static func print(_ clause: Clause) -> String {
        switch clause {
        case .match(let m):
            return (m.isOptional ? "OPTIONAL MATCH " : "MATCH ") + print(m.pattern) + whereSuffix(m.predicate)
        case .unwind(let u):
            return "UNWIND \(print(u.expression)) AS \(name(u.variable.name))"
        case .with(let w):
            return "WITH " + print(w.projection) + whereSuffix(w.predicate)
        case .return(let r):
            return "RETURN " + print(r.projection)
        case .create(let c):
            return "CREATE " + print(c.pattern)
        case .merge(let m):
            return "MERGE " + print(m.part) + m.actions.map {
                ($0.onCreate ? " ON CREATE SET " : " ON MATCH SET ") + $0.items.map(print).joined(separator: ", ")
            }.joined()
        case .set(let s):
            return "SET " + s.items.map(print).joined(separator: ", ")
        case .delete(let d):
            return (d.isDetach ? "DETACH DELETE " : "DELETE ") + d.expressions.map(print).joined(separator: ", ")
        case .remove(let r):
            return "REMOVE " + r.items.map { item in
                switch item {
                case .property(let target, let key, _): "\(print(target)).\(name(key))"
                case .labels(let v, let labels, _): name(v.name) + labels.map { ":" + name($0) }.joined()
                }
            }.joined(separator: ", ")
        }
    }

    static func print(_ projection: Projection) -> String {
        var parts: [String] = projection.includesAll ? ["*"] : []
        parts += projection.items.map { item in
            print(item.expression) + (item.alias.map { " AS " + name($0.name) } ?? "")
        }
        var text = (projection.isDistinct ? "DISTINCT " : "") + parts.joined(separator: ", ")
        if !projection.orderBy.isEmpty {
            text += " ORDER BY " + projection.orderBy.map { print($0.expression) + ($0.isAscending ? "" : " DESC") }
                .joined(separator: ", ")
        }
        if let skip = projection.skip { text += " SKIP " + print(skip) }
        if let limit = projection.limit { text += " LIMIT " + print(limit) }
        return text
    }

    static func print(_ item: SetItem) -> String {
        switch item {
        case .property(let target, let key, let value, _): "\(print(target)).\(name(key)) = \(print(value))"
        case .replaceProperties(let v, let e, _): "\(name(v.name)) = \(print(e))"
        case .mergeProperties(let v, let e, _): "\(name(v.name)) += \(print(e))"
        case .labels(let v, let labels, _): name(v.name) + labels.map { ":" + name($0) }.joined()
        }
    }

    private static func whereSuffix(_ predicate: Expression?) -> String {
        predicate.map { " WHERE " + print($0) } ?? ""
    }

    /// A name, backtick-quoted unless it is a plain identifier.
    static func name(_ text: String) -> String {
        let plain = text.unicodeScalars.first.map(\.isIdentifierStart) == true
            && text.unicodeScalars.allSatisfy(\.isIdentifierPart)
            && !Parser.reservedWords.contains(text.uppercased())
        return plain ? text : "`" + text.replacingOccurrencesOfBacktick + "`"
    }
}

extension String {
    fileprivate var replacingOccurrencesOfBacktick: String {
        var result = ""
        for c in self { result += c == "`" ? "``" : String(c) }
        return result
    }
}
