/// Splits query text into tokens. Whitespace and `//` / `/* */` comments are skipped;
/// every step consumes at least one scalar, so lexing always terminates.
struct Lexer {
    let source: SourceText
    private(set) var offset = 0
    private var line = 1
    private var column = 1

    init(_ source: SourceText) {
        self.source = source
    }

    /// All tokens of `source`, ending with one `.end` token.
    static func tokenize(_ source: SourceText) throws(QueryError) -> [Token] {
        var lexer = Lexer(source)
        var tokens: [Token] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    // MARK: Cursor

    var position: SourcePosition { SourcePosition(offset: offset, line: line, column: column) }

    func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        let index = offset + ahead
        return index < source.count ? source.scalars[index] : nil
    }

    mutating func advance() {
        guard let scalar = peek() else { return }
        offset += 1
        if scalar == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
    }

    mutating func advance(by n: Int) {
        for _ in 0..<n { advance() }
    }

    // MARK: Tokens

    /// The next token.
    mutating func next() throws(QueryError) -> Token {
        try skipTrivia()
        let start = position
        guard let scalar = peek() else { return Token(kind: .end, span: SourceSpan(at: start)) }
        let kind: TokenKind
        if scalar.isIdentifierStart {
            kind = .name(scanIdentifierBody(), quoted: false)
        } else if scalar == "`" {
            kind = .name(try scanQuotedName(), quoted: true)
        } else if scalar.isDecimalDigit || (scalar == "." && peek(1)?.isDecimalDigit == true) {
            kind = scanNumber()
        } else if scalar == "'" || scalar == "\"" {
            kind = .string(try scanString(quote: scalar))
        } else if scalar == "$" {
            kind = .parameter(try scanParameter())
        } else if let symbol = scanSymbol() {
            kind = .symbol(symbol)
        } else {
            throw .compile(scalar.isASCII ? .unexpectedSyntax : .invalidUnicodeCharacter,
                           "unexpected character '\(scalar)'", at: start)
        }
        return Token(kind: kind, span: SourceSpan(start: start, end: position))
    }

    private mutating func skipTrivia() throws(QueryError) {
        while let scalar = peek() {
            if scalar.properties.isWhitespace {
                advance()
            } else if scalar == "/", peek(1) == "/" {
                while let s = peek(), s != "\n" { advance() }
            } else if scalar == "/", peek(1) == "*" {
                let start = position
                advance(by: 2)
                while peek() != nil, !(peek() == "*" && peek(1) == "/") { advance() }
                guard peek() != nil else { throw .compile(.unexpectedSyntax, "unterminated comment", at: start) }
                advance(by: 2)
            } else {
                return
            }
        }
    }

    private mutating func scanIdentifierBody() -> String {
        var name = String.UnicodeScalarView()
        while let s = peek(), s.isIdentifierPart {
            name.append(s)
            advance()
        }
        return String(name)
    }

    private mutating func scanQuotedName() throws(QueryError) -> String {
        let start = position
        advance()
        var name = String.UnicodeScalarView()
        while true {
            guard let s = peek() else { throw .compile(.unexpectedSyntax, "unterminated quoted name", at: start) }
            advance()
            if s == "`" {
                // A doubled backtick stands for one backtick.
                guard peek() == "`" else { break }
                advance()
            }
            name.append(s)
        }
        return String(name)
    }

    private mutating func scanParameter() throws(QueryError) -> String {
        let start = position
        advance()
        if peek() == "`" { return try scanQuotedName() }
        guard let s = peek(), s.isIdentifierPart else {
            throw .compile(.unexpectedSyntax, "expected a parameter name after '$'", at: start)
        }
        return scanIdentifierBody()
    }

    private mutating func scanSymbol() -> Symbol? {
        guard let first = peek() else { return nil }
        let second = peek(1)
        let two: Symbol? = switch (first, second) {
        case (".", "."): .dotDot
        case ("<", ">"): .notEqual
        case ("!", "="): .bangEqual
        case ("=", "~"): .regexMatch
        case ("<", "="): .lessOrEqual
        case (">", "="): .greaterOrEqual
        case ("+", "="): .plusEqual
        default: nil
        }
        if let two {
            advance(by: 2)
            return two
        }
        guard let one = Symbol(rawValue: String(first)) else { return nil }
        advance()
        return one
    }
}

extension Unicode.Scalar {
    /// Letters (any script) and `_` start a name.
    var isIdentifierStart: Bool { self == "_" || properties.isAlphabetic }
    /// Letters, digits and `_` continue a name.
    var isIdentifierPart: Bool { isIdentifierStart || properties.numericType != nil }
    /// `0`…`9`.
    var isDecimalDigit: Bool { ("0"..."9").contains(self) }
    /// `0`…`9`, `a`…`f`, `A`…`F`.
    var isHexDigit: Bool { isDecimalDigit || ("a"..."f").contains(self) || ("A"..."F").contains(self) }
}
