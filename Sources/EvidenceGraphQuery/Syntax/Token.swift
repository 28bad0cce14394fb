/// A lexical token of the query language.
struct Token: Sendable, Equatable {
    var kind: TokenKind
    var span: SourceSpan
}

/// What a token is. Keywords are not distinguished from names: the language's keywords are
/// contextual, so the parser asks `Token.isKeyword(_:)`.
enum TokenKind: Sendable, Equatable {
    /// A name; `quoted` when written in backticks (never a keyword then).
    case name(String, quoted: Bool)
    /// An unsigned integer literal; `nil` when its magnitude exceeds `UInt64`.
    case integer(UInt64?)
    /// A float literal; infinite when it overflows `Double`.
    case float(Double)
    /// Something that starts like a number but is not one (`0x`, `12ab`), as written. The
    /// parser reports it (InvalidNumberLiteral where a value is expected).
    case malformedNumber(String)
    /// A string literal with escapes decoded.
    case string(String)
    /// `$name` / `$0` / `` $`quoted` ``.
    case parameter(String)
    case symbol(Symbol)
    case end
}

/// Punctuation and operators. Arrows are not tokens: the parser composes `<`, `-`, `>`.
enum Symbol: String, Sendable, Equatable, CaseIterable {
    case leftParen = "(", rightParen = ")", leftBracket = "[", rightBracket = "]"
    case leftBrace = "{", rightBrace = "}"
    case comma = ",", dot = ".", dotDot = "..", colon = ":", pipe = "|", semicolon = ";"
    case equal = "=", notEqual = "<>", bangEqual = "!=", regexMatch = "=~"
    case less = "<", greater = ">", lessOrEqual = "<=", greaterOrEqual = ">="
    case plus = "+", plusEqual = "+=", minus = "-", star = "*", slash = "/", percent = "%", caret = "^"
}

extension TokenKind {
    /// Whether this is an integer literal.
    var isInteger: Bool {
        if case .integer = self { return true }
        return false
    }
}

extension Token {
    /// Whether this token is the (unquoted) keyword `keyword`, compared case-insensitively.
    /// `keyword` must be given in upper case.
    func isKeyword(_ keyword: String) -> Bool {
        guard case .name(let name, quoted: false) = kind, name.utf8.count == keyword.utf8.count else { return false }
        return name.uppercased() == keyword
    }

    /// Whether this token is `symbol`.
    func isSymbol(_ symbol: Symbol) -> Bool { kind == .symbol(symbol) }

    /// A short description for error messages: `'RETURN'`, `'('`, `end of input`.
    var displayText: String {
        switch kind {
        case .name(let n, let quoted): quoted ? "`\(n)`" : "'\(n)'"
        case .integer(let v): v.map { "'\($0)'" } ?? "integer literal"
        case .float(let d): "'\(d)'"
        case .malformedNumber(let text): "'\(text)'"
        case .string: "string literal"
        case .parameter(let p): "'$\(p)'"
        case .symbol(let s): "'\(s.rawValue)'"
        case .end: "end of input"
        }
    }
}
