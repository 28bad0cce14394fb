import EvidenceGraphCore

/// The words of the query language, for tools that complete or check queries (the `evg`
/// REPL's tab completion and its unknown-name warnings).
package enum QueryVocabulary {
    /// The clause and operator keywords, upper case, sorted.
    package static let keywords: [String] = [
        "ALL", "AND", "ANY", "AS", "ASC", "ASCENDING", "BY", "CALL", "CASE", "CONTAINS", "COUNT", "CREATE",
        "DESC", "DESCENDING", "DISTINCT", "ELSE", "END", "ENDS", "EXISTS", "EXPLAIN", "FALSE", "IN", "IS",
        "LIMIT", "MATCH", "NONE", "NOT", "NULL", "OPTIONAL", "OR", "ORDER", "PROFILE", "REDUCE", "RETURN",
        "SINGLE", "SKIP", "STARTS", "THEN", "TRUE", "UNION", "UNWIND", "WHEN", "WHERE", "WITH", "XOR",
    ]

    /// The functions the engine knows, in their usual openCypher spelling (`toLower`,
    /// `startNode`), sorted case-insensitively. Function names are case-insensitive.
    package static let functionNames: [String] = {
        let camel = ["elementId", "startNode", "endNode", "toBooleanList", "toIntegerList", "toFloatList",
                     "toStringList", "toLower", "toUpper", "toString", "toStringOrNull", "toInteger",
                     "toIntegerOrNull", "toFloat", "toFloatOrNull", "toBoolean", "toBooleanOrNull",
                     "percentileCont", "percentileDisc", "stDev", "stDevP", "lTrim", "rTrim"]
        var spelling: [String: String] = [:]
        for name in camel { spelling[name.lowercased()] = name }
        return FunctionCatalog.signatures.keys.map { spelling[$0] ?? $0 }
            .sorted { $0.lowercased() < $1.lowercased() }
    }()

    /// The labels, relationship types and property keys a query names.
    package struct SchemaNames: Sendable, Hashable {
        package var labels: [String] = []
        package var relationshipTypes: [String] = []
        package var propertyKeys: [String] = []
        /// Whether the query writes (`CREATE`, `SET`, `MERGE`, …): the names it gives may be new.
        package var writes = false
    }

    /// The labels (`:Label` in a node pattern or a `WHERE n:Label`), relationship types
    /// (`[:T|U]`) and property keys (`x.key`, `{key: …}` in a pattern) that `text` names, each
    /// once, in the order written; `nil` when the text does not lex.
    ///
    /// This reads tokens, not the parse tree, so it also accepts queries that do not parse;
    /// keys of map literals inside patterns count as property keys, other map keys do not.
    package static func schemaNames(in text: String) -> SchemaNames? {
        guard let tokens = try? Lexer.tokenize(SourceText(text)) else { return nil }
        var names = SchemaNames()
        var labels: [String] = [], types: [String] = [], keys: [String] = []
        func add(_ name: String, to list: inout [String]) { if !list.contains(name) { list.append(name) } }
        /// Open brackets; for `[`, whether a `:` was seen in it (a relationship pattern).
        var stack: [(symbol: Symbol, typed: Bool)] = []
        for (i, token) in tokens.enumerated() {
            let next = i + 1 < tokens.count ? tokens[i + 1] : nil
            let previous = i > 0 ? tokens[i - 1] : nil
            switch token.kind {
            case .name where ["CREATE", "MERGE", "SET", "REMOVE", "DELETE", "DETACH"].contains(where: token.isKeyword):
                names.writes = true
            case .symbol(let s) where s == .leftParen || s == .leftBracket || s == .leftBrace:
                stack.append((s, false))
            case .symbol(let s) where s == .rightParen || s == .rightBracket || s == .rightBrace:
                if !stack.isEmpty { stack.removeLast() }
            case .symbol(.colon):
                if stack.last?.symbol == .leftBrace {
                    // `{key: value}` directly inside a node or relationship pattern.
                    let outer = stack.count >= 2 ? stack[stack.count - 2].symbol : nil
                    if outer == .leftParen || outer == .leftBracket, case .name(let key, _)? = previous?.kind {
                        add(key, to: &keys)
                    }
                    break
                }
                guard case .name(let name, _)? = next?.kind else { break }
                if stack.last?.symbol == .leftBracket {
                    stack[stack.count - 1].typed = true
                    add(name, to: &types)
                } else {
                    add(name, to: &labels)   // `(n:Label)` or `WHERE n:Label`
                }
            case .symbol(.pipe):
                if let top = stack.last, top.symbol == .leftBracket, top.typed {
                    let after = next?.isSymbol(.colon) == true && i + 2 < tokens.count ? tokens[i + 2] : next
                    if case .name(let name, _)? = after?.kind { add(name, to: &types) }
                }
            case .symbol(.dot):
                if case .name(let key, _)? = next?.kind { add(key, to: &keys) }
            default:
                break
            }
        }
        names.labels = labels
        names.relationshipTypes = types
        names.propertyKeys = keys
        return names
    }
}
