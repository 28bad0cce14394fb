import Testing
@testable import EvidenceGraphTCK

@Suite struct TCKValueParserTests {
    func parse(_ text: String) throws -> TCKValue { try TCKValueParser.parse(text) }
    func render(_ text: String) throws -> String { try parse(text).description }

    @Test func scalars() throws {
        #expect(try render("null") == "null")
        #expect(try render("true") == "true")
        #expect(try render("false") == "false")
        #expect(try render(" 42 ") == "42")
        #expect(try render("-9223372036854775808") == "-9223372036854775808")
        #expect(try render("1.0") == "1.0")
        #expect(try render("-0.000001") == "-1e-06")
        #expect(try render("1e-305") == "1e-305")
        #expect(try render("1.2635418652381264e305") == "1.2635418652381264e+305")
        #expect(try render("NaN") == "NaN")
        #expect(try render("-Infinity") == "-Infinity")
        #expect(try render("Infinity") == "Infinity")
        guard case .int = try parse("1"), case .float = try parse("1.0") else {
            Issue.record("integers and floats are distinct"); return
        }
    }

    @Test func strings() throws {
        guard case .string(let s) = try parse(#"'a\\bcn5t\'"\\//\\"\''"#) else { Issue.record("string"); return }
        #expect(s == #"a\bcn5t'"\//\"'"#)
        guard case .string(let d) = try parse(#""double \"quoted\"""#) else { Issue.record("string"); return }
        #expect(d == #"double "quoted""#)
        guard case .string(let u) = try parse(#"'\u01FF'"#) else { Issue.record("string"); return }
        #expect(u == "ǿ")
        guard case .string(let emoji) = try parse("'🧐🍌❖⋙⚐'") else { Issue.record("string"); return }
        #expect(emoji == "🧐🍌❖⋙⚐")
        #expect(try render("''") == "''")
    }

    @Test func listsAndMaps() throws {
        #expect(try render("[]") == "[]")
        #expect(try render("[1, [2, 'x'], null]") == "[1, [2, 'x'], null]")
        #expect(try render("{}") == "{}")
        #expect(try render("{b: 2, a: [1]}") == "{a: [1], b: 2}", "keys sorted")
        #expect(try render("{``: 1}") == "{``: 1}")
        #expect(try render("{`a b`: 1, a1B2c3e67: 2}") == "{`a b`: 1, a1B2c3e67: 2}")
    }

    @Test func graphElements() throws {
        #expect(try render("()") == "()")
        #expect(try render("(:B:A {name: 'n'})") == "(:A:B {name: 'n'})", "labels sorted")
        #expect(try render("({name: 'c'})") == "({name: 'c'})")
        #expect(try render("[:T]") == "[:T]")
        #expect(try render("[ :T {k: 1.5}]") == "[:T {k: 1.5}]")
        #expect(try render("[[:T], [1]]") == "[[:T], [1]]")
        #expect(try render("<()>") == "<()>")
        #expect(try render("<(:A)-[:T]->(:B)<-[:U {w: 1}]-(:C)>") == "<(:A)-[:T]->(:B)<-[:U {w: 1}]-(:C)>")
        guard case .path(let p) = try parse("<(:A)<-[:T]-(:B)>") else { Issue.record("path"); return }
        #expect(p.steps.count == 1 && p.steps[0].forward == false)
    }

    @Test func rejectsMalformedValues() {
        for bad in ["", "[1, 2", "{a 1}", "'open", "(:A", "<(:A)-[:T]-(:B)>", "1 2", "nope", "99999999999999999999"] {
            #expect(throws: TCKValueParseError.self, "\(bad)") { try TCKValueParser.parse(bad) }
        }
    }

    @Test func parametersBecomeEngineValues() throws {
        #expect(try parse("[1, 'a', {k: 2.5}]").engineValue == .list([.int(1), .string("a"), .map([(key: "k", value: .float(2.5))])]))
        #expect(try parse("(:A)").engineValue == nil)
    }
}
