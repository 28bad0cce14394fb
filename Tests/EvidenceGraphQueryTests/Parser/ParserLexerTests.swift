import Testing
@testable import EvidenceGraphQuery

@Suite struct ParserLexerTests {
    func kinds(_ text: String) throws -> [TokenKind] {
        try Lexer.tokenize(SourceText(text)).map(\.kind)
    }

    @Test func arrowsAreSeparateSymbols() throws {
        #expect(try kinds("<-->") == [.symbol(.less), .symbol(.minus), .symbol(.minus), .symbol(.greater), .end])
        #expect(try kinds("<>=~<=>=!=+=") == [.symbol(.notEqual), .symbol(.regexMatch), .symbol(.lessOrEqual),
                                              .symbol(.greaterOrEqual), .symbol(.bangEqual), .symbol(.plusEqual), .end])
    }

    @Test func numbersAndRanges() throws {
        #expect(try kinds("1..3") == [.integer(1), .symbol(.dotDot), .integer(3), .end])
        #expect(try kinds("*..3") == [.symbol(.star), .symbol(.dotDot), .integer(3), .end])
        #expect(try kinds(".5 1.5e2 2E-1 0x1f 0o17") == [.float(0.5), .float(150), .float(0.2), .integer(31), .integer(15), .end])
        #expect(try kinds("18446744073709551616") == [.integer(nil), .end])
        #expect(try kinds("0x 0o8 12ab") == [.malformedNumber("0x"), .malformedNumber("0o8"), .malformedNumber("12ab"), .end])
        #expect(try kinds("n.x") == [.name("n", quoted: false), .symbol(.dot), .name("x", quoted: false), .end])
    }

    @Test func namesParametersAndStrings() throws {
        #expect(try kinds("`a``b` $p $0 $`q r` Ёж_1") == [
            .name("a`b", quoted: true), .parameter("p"), .parameter("0"), .parameter("q r"), .name("Ёж_1", quoted: false), .end,
        ])
        #expect(try kinds(#"'a\'b' "c\"d" '\\' '\u00e9\U0001F600'"#) == [
            .string("a'b"), .string("c\"d"), .string("\\"), .string("é😀"), .end,
        ])
    }

    @Test func positionsSpanLinesAndSkipComments() throws {
        let tokens = try Lexer.tokenize(SourceText("MATCH // comment\n  /* x\n y */ (n)"))
        #expect(tokens.map(\.span.start.description) == ["1:1", "3:7", "3:8", "3:9", "3:10"])
        #expect(tokens[2].span.start.offset == 31)
    }

    @Test func keywordsMatchCaseInsensitivelyButNotWhenQuoted() throws {
        let tokens = try Lexer.tokenize(SourceText("match `MATCH`"))
        #expect(tokens[0].isKeyword("MATCH"))
        #expect(!tokens[1].isKeyword("MATCH"))
    }
}
