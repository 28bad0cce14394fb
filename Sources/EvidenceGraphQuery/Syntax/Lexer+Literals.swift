extension Lexer {
    /// Scans a number: decimal/hex (`0x`)/octal (`0o`) integers, or a float with an optional
    /// fraction and exponent (`1.5`, `.5`, `1e-3`). Trailing name characters make the whole
    /// run a `.malformedNumber`.
    mutating func scanNumber() -> TokenKind {
        let start = offset
        if peek() == "0", let marker = peek(1), marker == "x" || marker == "X" || marker == "o" || marker == "O" {
            advance(by: 2)
            let digits = scanIdentifierRun()
            let radix: UInt64 = marker == "x" || marker == "X" ? 16 : 8
            let valid = !digits.isEmpty && digits.allSatisfy { radix == 16 ? $0.isHexDigit : ("0"..."7").contains($0) }
            guard valid else { return .malformedNumber(source.text(from: start, to: offset)) }
            return .integer(Lexer.integerValue(digits, radix: radix))
        }
        var isFloat = false
        scanDigits()
        if peek() == ".", peek(1)?.isDecimalDigit == true {
            isFloat = true
            advance()
            scanDigits()
        }
        if let e = peek(), e == "e" || e == "E" {
            let signed = peek(1) == "+" || peek(1) == "-"
            if peek(signed ? 2 : 1)?.isDecimalDigit == true {
                isFloat = true
                advance(by: signed ? 2 : 1)
                scanDigits()
            }
        }
        let text = source.text(from: start, to: offset)
        if let s = peek(), s.isIdentifierPart {
            _ = scanIdentifierRun()
            return .malformedNumber(source.text(from: start, to: offset))
        }
        if isFloat {
            return .float(Double(text.hasPrefix(".") ? "0" + text : text) ?? .infinity)
        }
        return .integer(Lexer.integerValue(Array(text.unicodeScalars), radix: 10))
    }

    /// Scans a string literal quoted by `quote`, decoding escapes.
    mutating func scanString(quote: Unicode.Scalar) throws(QueryError) -> String {
        let start = position
        advance()
        var result = String.UnicodeScalarView()
        while true {
            guard let s = peek() else { throw .compile(.unexpectedSyntax, "unterminated string literal", at: start) }
            if s == quote {
                advance()
                return String(result)
            }
            if s != "\\" {
                result.append(s)
                advance()
                continue
            }
            let escapeStart = position
            advance()
            guard let e = peek() else { throw .compile(.unexpectedSyntax, "unterminated string literal", at: start) }
            advance()
            switch e {
            case "\\", "'", "\"": result.append(e)
            case "b", "B": result.append("\u{8}")
            case "f", "F": result.append("\u{C}")
            case "n", "N": result.append("\n")
            case "r", "R": result.append("\r")
            case "t", "T": result.append("\t")
            case "u", "U":
                let width = e == "u" ? 4 : 8
                var value: UInt32 = 0
                for _ in 0..<width {
                    guard let h = peek(), h.isHexDigit, let digit = UInt32(String(h), radix: 16) else {
                        throw .compile(.invalidUnicodeLiteral, "invalid unicode escape: expected \(width) hex digits", at: escapeStart)
                    }
                    value = value * 16 + digit
                    advance()
                }
                guard let scalar = Unicode.Scalar(value) else {
                    throw .compile(.invalidUnicodeLiteral, "invalid unicode escape: not a character", at: escapeStart)
                }
                result.append(scalar)
            default:
                throw .compile(.unexpectedSyntax, "invalid escape sequence '\\\(e)'", at: escapeStart)
            }
        }
    }

    private mutating func scanDigits() {
        while let s = peek(), s.isDecimalDigit { advance() }
    }

    /// Consumes letters, digits and `_` and returns them.
    private mutating func scanIdentifierRun() -> [Unicode.Scalar] {
        var run: [Unicode.Scalar] = []
        while let s = peek(), s.isIdentifierPart {
            run.append(s)
            advance()
        }
        return run
    }

    /// The value of `digits` in `radix`, or `nil` when it exceeds `UInt64`.
    private static func integerValue(_ digits: [Unicode.Scalar], radix: UInt64) -> UInt64? {
        var value: UInt64 = 0
        for d in digits {
            guard let digit = UInt64(String(d), radix: Int(radix)) else { return nil }
            let (shifted, o1) = value.multipliedReportingOverflow(by: radix)
            let (sum, o2) = shifted.addingReportingOverflow(digit)
            if o1 || o2 { return nil }
            value = sum
        }
        return value
    }
}
