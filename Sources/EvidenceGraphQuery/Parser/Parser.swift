/// The recursive-descent parser: one struct, split into one extension file per grammar
/// category (Statements, Projections, Patterns, Expressions, Atoms).
///
/// Rules: functions that consume tokens are `mutating`; look-ahead (`token(at:)`, `at…`) is
/// not. Every loop consumes at least one token per iteration or exits, and recursion depth is
/// bounded (`maximumDepth`), so any input ends in a tree or a `QueryError`.
struct Parser {
    let source: SourceText
    private(set) var tokens: [Token]
    /// Index of the current token; `tokens.last` is always `.end`.
    var index = 0
    /// Current nesting of recursive rules.
    var depth = 0
    static let maximumDepth = 500
    /// Speculative parses (`attempt`) that already failed, by rule and start token. A rule's
    /// outcome at a token does not depend on the context, so remembering failures keeps nested
    /// speculation (`({x: ({x: …` ) polynomial instead of exponential.
    private var failedAttempts: Set<AttemptKey> = []

    /// A speculative rule tried at a token index.
    struct AttemptKey: Hashable {
        enum Rule: Hashable {
            case patternPredicate, parenthesizedPatternElement, patternComprehension
        }
        var rule: Rule
        var index: Int
    }

    init(source: SourceText, tokens: [Token]) {
        self.source = source
        self.tokens = tokens
    }

    // MARK: Look-ahead

    /// The current token.
    var current: Token { tokens[index] }

    /// The token `ahead` positions after the current one (the end token past the end).
    func token(at ahead: Int) -> Token { tokens[min(index + ahead, tokens.count - 1)] }

    /// Where the previous token ended (the start of the text before any token).
    var previousEnd: SourcePosition { index > 0 ? tokens[index - 1].span.end : current.span.start }

    /// The span from `start` to the end of the previous token.
    func span(from start: SourcePosition) -> SourceSpan {
        let end = previousEnd
        return SourceSpan(start: start, end: end.offset >= start.offset ? end : start)
    }

    func atKeyword(_ keyword: String) -> Bool { current.isKeyword(keyword) }
    func atSymbol(_ symbol: Symbol) -> Bool { current.isSymbol(symbol) }
    var atEnd: Bool { current.kind == .end }

    // MARK: Consuming

    /// Moves past the current token (never past the end token) and returns it.
    @discardableResult
    mutating func advance() -> Token {
        let token = current
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    /// Consumes the keyword if it is next.
    mutating func consumeKeyword(_ keyword: String) -> Bool {
        guard atKeyword(keyword) else { return false }
        advance()
        return true
    }

    /// Consumes the symbol if it is next.
    mutating func consumeSymbol(_ symbol: Symbol) -> Bool {
        guard atSymbol(symbol) else { return false }
        advance()
        return true
    }

    mutating func expectKeyword(_ keyword: String) throws(QueryError) {
        guard consumeKeyword(keyword) else { throw unexpected(expected: keyword) }
    }

    mutating func expectSymbol(_ symbol: Symbol) throws(QueryError) {
        guard consumeSymbol(symbol) else { throw unexpected(expected: "'\(symbol.rawValue)'") }
    }

    /// Consumes a name (quoted or not) and returns it with its span.
    mutating func expectName(_ what: String = "a name") throws(QueryError) -> Variable {
        guard case .name(let name, _) = current.kind else { throw unexpected(expected: what) }
        return Variable(name: name, span: advance().span)
    }

    /// Consumes a symbolic name: a label, type or property key. Keywords are allowed here.
    mutating func expectSymbolicName(_ what: String) throws(QueryError) -> String {
        try expectName(what).name
    }

    // MARK: Errors

    /// An `UnexpectedSyntax` error at the current token.
    func unexpected(expected: String) -> QueryError {
        .compile(.unexpectedSyntax, "expected \(expected), found \(current.displayText)", at: current.span.start)
    }

    /// Runs `body` one nesting level deeper, failing on pathological nesting.
    mutating func nested<T>(_ body: (inout Parser) throws(QueryError) -> T) throws(QueryError) -> T {
        guard depth < Parser.maximumDepth else {
            throw .compile(.unexpectedSyntax, "expression nested too deeply", at: current.span.start)
        }
        depth += 1
        defer { depth -= 1 }
        return try body(&self)
    }

    /// Counts one more level of tree depth built by a loop (a left-associative operator chain
    /// or a postfix chain), so long chains are bounded like nesting. The caller restores
    /// `depth` when the loop's rule returns.
    mutating func deepen() throws(QueryError) {
        depth += 1
        guard depth < Parser.maximumDepth else {
            throw .compile(.unexpectedSyntax, "expression nested too deeply", at: current.span.start)
        }
    }

    /// Tries `body` (the rule `rule` at the current token); on failure restores the position
    /// and returns `nil`. A rule that failed here before is not tried again.
    mutating func attempt<T>(_ rule: AttemptKey.Rule, _ body: (inout Parser) throws(QueryError) -> T) -> T? {
        let saved = index
        let key = AttemptKey(rule: rule, index: saved)
        guard !failedAttempts.contains(key) else { return nil }
        do {
            return try body(&self)
        } catch {
            index = saved
            failedAttempts.insert(key)
            return nil
        }
    }
}
