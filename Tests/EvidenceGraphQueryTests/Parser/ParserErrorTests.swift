import Testing
@testable import EvidenceGraphQuery

@Suite struct ParserErrorTests {
    @Test(arguments: [
        // (query, detail, line, column)
        ("MATCH (n RETURN n", "UnexpectedSyntax", 1, 10),
        ("MATCH (n)\nRETURN", "UnexpectedSyntax", 2, 7),
        ("MATCH (n)\nWHERE n.x = \nRETURN n", "UnexpectedSyntax", 3, 1),
        ("MATCH (n)\n  WHERE n.x > 1\n  RETURN n ORDER n", "UnexpectedSyntax", 3, 18),
        ("RETURN 9223372036854775808", "IntegerOverflow", 1, 8),
        ("RETURN -9223372036854775809", "IntegerOverflow", 1, 8),
        ("RETURN 0x8000000000000000", "IntegerOverflow", 1, 8),
        ("RETURN 0x", "InvalidNumberLiteral", 1, 8),
        ("RETURN 12ab", "InvalidNumberLiteral", 1, 8),
        ("RETURN 1.34E999", "FloatingPointOverflow", 1, 8),
        ("RETURN '\\uH'", "InvalidUnicodeLiteral", 1, 9),
        ("RETURN 'abc", "UnexpectedSyntax", 1, 8),
        ("RETURN 42 — 41", "InvalidUnicodeCharacter", 1, 11),
        ("MATCH (a)-[:T..]->(b) RETURN a", "InvalidRelationshipPattern", 1, 14),
        ("MATCH (a)-[:T*-2]->(b) RETURN a", "InvalidRelationshipPattern", 1, 15),
        ("RETURN {1a: 1}", "UnexpectedSyntax", 1, 9),
        ("/* never closed", "UnexpectedSyntax", 1, 1),
        ("", "UnexpectedSyntax", 1, 1),
        ("RETURN 1 RETURN 2 junk", "UnexpectedSyntax", 1, 19),
        ("FOO (n)", "UnexpectedSyntax", 1, 1),
        ("MATCH (n) RETURN n AS", "UnexpectedSyntax", 1, 22),
    ])
    func syntaxErrorsCarryPosition(query: String, detail: String, line: Int, column: Int) {
        let error = parseError(query)
        expectCompileError(error, detail, at: line, column, query: query)
        #expect(error?.errorClass == "SyntaxError")
    }

    @Test func columnsCountCharactersNotBytes() {
        // "Препарат" is 8 characters but 16 UTF-8 bytes.
        let error = parseError("MATCH (d {имя: 'Препарат'}) RETURN d.имя +")
        #expect(error?.line == 1)
        #expect(error?.column == 43)
    }

    @Test func caretRendering() {
        let query = "MATCH (d:Лекарство)\nWHERE d.имя = 'x' AND\nRETURN d"
        guard let error = parseError(query) else {
            Issue.record("expected a syntax error")
            return
        }
        #expect(error.rendered(in: query) == """
            3:1: SyntaxError: expected an expression, found keyword 'RETURN' (UnexpectedSyntax)
            RETURN d
            ^
            """)
        let cyrillic = "RETURN 'Ёж' + )"
        #expect(parseError(cyrillic)?.rendered(in: cyrillic) == """
            1:15: SyntaxError: expected an expression, found ')' (UnexpectedSyntax)
            RETURN 'Ёж' + )
                          ^
            """)
    }

    @Test func caretRenderingKeepsTabsAndHandlesEndOfInput() {
        let query = "MATCH (n)\n\tRETURN n +"
        let rendered = parseError(query)?.rendered(in: query)
        #expect(rendered == "2:12: SyntaxError: expected an expression, found end of input (UnexpectedSyntax)\n\tRETURN n +\n\t          ^")
        let unpositioned = QueryError(code: .cancelled, detail: .init(rawValue: ""), phase: .runtime, message: "stopped")
        #expect(unpositioned.rendered(in: query) == "Cancelled: stopped")
    }
}
