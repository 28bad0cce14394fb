import Testing
@testable import EvidenceGraphQuery

@Suite struct ParserExpressionTests {
    @Test(arguments: [
        ("true OR true XOR true", "(true OR (true XOR true))"),
        ("true XOR false AND false", "(true XOR (false AND false))"),
        ("NOT true AND false", "((NOT true) AND false)"),
        ("NOT false >= false", "(NOT (false >= false))"),
        ("false = true IS NULL", "(false = (true IS NULL))"),
        ("NOT false IS NULL", "(NOT (false IS NULL))"),
        ("false = true IN [true, false]", "(false = (true IN [true, false]))"),
        ("1 + 2 * 3 - 4 / 5 % 6", "((1 + (2 * 3)) - ((4 / 5) % 6))"),
        ("2 ^ 3 ^ 2", "((2 ^ 3) ^ 2)"),
        ("-3 ^ 2", "(-3 ^ 2)"),
        ("-x ^ 2", "((-x) ^ 2)"),
        ("[1]+2 IN [3]+4", "(([1] + 2) IN ([3] + 4))"),
        ("a + b[1..3]", "(a + b[1..3])"),
        ("a < b <= c", "((a < b) AND (b <= c))"),
        ("a <> b", "(a <> b)"),
        ("a != b", "(a <> b)"),
        ("n.name STARTS WITH 'A' AND n.x ENDS WITH 'b' OR n.y CONTAINS 'c'",
         "(((n.name STARTS WITH 'A') AND (n.x ENDS WITH 'b')) OR (n.y CONTAINS 'c'))"),
        ("n.x IS NOT NULL", "(n.x IS NOT NULL)"),
        ("n.name =~ 'A.*'", "(n.name =~ 'A.*')"),
        ("n:Drug:Approved", "n:Drug:Approved"),
        ("l[0]", "l[0]"), ("l[..2]", "l[..2]"), ("l[1..]", "l[1..]"),
        ("m.a.b", "m.a.b"),
        ("$param", "$param"), ("$0", "$0"),
        ("count(*)", "count(*)"),
        ("count(DISTINCT n.x)", "count(DISTINCT n.x)"),
        ("toLower(n.name)", "toLower(n.name)"),
        ("a.b.fn(1, 2)", "a.b.fn(1, 2)"),
        ("CASE n.x WHEN 1 THEN 'one' ELSE 'other' END", "CASE n.x WHEN 1 THEN 'one' ELSE 'other' END"),
        ("CASE WHEN a > 1 THEN 1 END", "CASE WHEN (a > 1) THEN 1 END"),
        ("[x IN l WHERE x > 1 | x * 2]", "[x IN l WHERE (x > 1) | (x * 2)]"),
        ("[x IN l]", "[x IN l]"),
        ("all(x IN l WHERE x > 0)", "all(x IN l WHERE (x > 0))"),
        ("none(x IN l WHERE x > 0)", "none(x IN l WHERE (x > 0))"),
        ("reduce(acc = 0, x IN l | acc + x)", "reduce(acc = 0, x IN l | (acc + x))"),
        ("{a: 1, `b c`: [1, 2.5]}", "{a: 1, `b c`: [1, 2.5]}"),
        ("n{.name, .*, k: 1, m}", "n{.name, .*, k: 1, m}"),
        ("(a)-[:T]->(b)", "(a)-[:T]->(b)"),
        ("exists((a)-->(b))", "exists((a)-[]->(b))"),
        ("[(a)-->(b) WHERE b.x > 1 | b.name]", "[(a)-[]->(b) WHERE (b.x > 1) | b.name]"),
        ("[p = (a)--(b) | p]", "[p = (a)-[]-(b) | p]"),
        ("(1 + 2) * 3", "((1 + 2) * 3)"),
        ("NOT NOT true", "(NOT (NOT true))"),
    ])
    func precedenceAndForms(input: String, expected: String) throws {
        #expect(try canonicalExpression(input) == expected)
    }

    @Test(arguments: [
        ("1", Literal.integer(1)), ("0x1F", .integer(31)), ("0o17", .integer(15)),
        ("-9223372036854775808", .integer(Int64.min)), ("9223372036854775807", .integer(Int64.max)),
        ("-0x8000000000000000", .integer(Int64.min)),
        ("1.5", .float(1.5)), (".5", .float(0.5)), ("1e3", .float(1000)), ("-.1e-5", .float(-0.000001)),
        ("'it\\'s'", .string("it's")), ("\"a\\tb\\n\"", .string("a\tb\n")), ("'\\u0416'", .string("Ж")),
        ("'\\\\'", .string("\\")), ("'Ёлка'", .string("Ёлка")),
        ("true", .bool(true)), ("FALSE", .bool(false)), ("Null", .null),
    ])
    func literals(input: String, expected: Literal) throws {
        let statement = try QueryParser.parse("RETURN " + input)
        guard case .return(let r) = statement.body.first.clauses.first else {
            Issue.record("not a RETURN")
            return
        }
        #expect(r.projection.items.first?.expression.kind == .literal(expected))
    }

    @Test func unicodeIdentifiersAndBackticks() throws {
        #expect(try canonical("MATCH (препарат:Лекарство) RETURN препарат.имя")
            == "MATCH (препарат:Лекарство) RETURN препарат.имя")
        #expect(try canonical("MATCH (`my node`) RETURN `my node`.`a``b`") == "MATCH (`my node`) RETURN `my node`.`a``b`")
    }

    @Test func keywordsAreCaseInsensitive() throws {
        #expect(try canonical("match (n) where n.x is not null return distinct n order by n.x desc skip 1 limit 2")
            == "MATCH (n) WHERE (n.x IS NOT NULL) RETURN DISTINCT n ORDER BY n.x DESC SKIP 1 LIMIT 2")
    }

    @Test func commentsAreSkipped() throws {
        #expect(try canonical("MATCH (n) // all nodes\n/* block\ncomment */ RETURN n") == "MATCH (n) RETURN n")
    }
}
