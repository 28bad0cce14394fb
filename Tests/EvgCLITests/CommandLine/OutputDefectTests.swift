import Foundation
import Testing

/// Output details: multi-line cells, non-finite floats in JSON, EXPLAIN and PROFILE, colour,
/// unknown-name warnings, the message for commands with positional paths.
@Suite struct OutputDefectTests {
    @Test func cellsWithLineBreaksKeepTheGrid() throws {
        let r = try CLIRunner.run(["query", "RETURN 'first\\nsecond' AS text, 1 AS n"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        let rows = lines.filter { $0.hasPrefix("|") }
        #expect(rows.contains("| first  | 1 |"), "\(r.stdout)")
        #expect(rows.contains("| second |   |"), "\(r.stdout)")
        // Every grid line has the same width.
        #expect(Set(lines.filter { $0.hasPrefix("|") || $0.hasPrefix("+") }.map(\.count)).count == 1, "\(r.stdout)")
    }

    @Test func nonFiniteFloatsAreStringsInJSON() throws {
        let r = try CLIRunner.run(["query", "--format", "json", "RETURN 0.0 / 0.0 AS nan, 1.0 / 0.0 AS inf, -1.0 / 0.0 AS neg, 1.5 AS x"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains(#"[["NaN","Infinity","-Infinity",1.5]]"#), "\(r.stdout)")
    }

    @Test func explainPrintsThePlanOnlyAndProfileIsInJSON() throws {
        let explain = try CLIRunner.run(["query", "EXPLAIN MATCH (d:Drug) RETURN d.name AS name"])
        #expect(explain.status == 0, "\(explain.stderr)")
        #expect(explain.stdout.contains("NodeByLabelScan"), "\(explain.stdout)")
        #expect(!explain.stdout.contains("0 rows"), "\(explain.stdout)")
        let json = try CLIRunner.run(["query", "--format", "json", "PROFILE MATCH (d:Drug) RETURN count(d) AS drugs"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["profile"] as? String)?.contains("rows=") == true, "\(json.stdout)")
        #expect((object["rows"] as? [[Int]])?.first?.first ?? 0 > 0)
        let explainJSON = try CLIRunner.run(["query", "--format", "json", "EXPLAIN MATCH (d:Drug) RETURN d"])
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(explainJSON.stdout.utf8)) as? [String: Any])
        #expect((plan["plan"] as? String)?.contains("NodeByLabelScan") == true, "\(explainJSON.stdout)")
    }

    @Test func unknownNamesWarnWithTheClosestKnownOnes() throws {
        let r = try CLIRunner.run(["query", "MATCH (d:Drugg)-[:TARGET]->(t:Target) WHERE d.nmae = 'x' RETURN d"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("0 rows"))
        #expect(r.stderr.contains("warning: the label Drugg is not in the graph (did you mean Drug?)"), "\(r.stderr)")
        #expect(r.stderr.contains("relationship type TARGET is not in the graph (did you mean TARGETS?)"), "\(r.stderr)")
        #expect(r.stderr.contains("property key nmae is not in the graph (did you mean name"), "\(r.stderr)")
        let known = try CLIRunner.run(["query", "MATCH (d:Drug)-[:TARGETS]->(t:Target) RETURN d.name, {a: 1} AS m"])
        #expect(known.stderr.isEmpty, "\(known.stderr)")
        let writes = try CLIRunner.run(["query", "CREATE (n:Brand {label: 'x'}) RETURN n.label"])
        #expect(writes.stderr.isEmpty, "\(writes.stderr)")
    }

    @Test func replSchemaListsKeysWithTypesAndPatterns() throws {
        let r = try CLIRunner.run(["repl"], stdin: ":schema\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("  (:Drug)  "), "\(r.stdout)")
        #expect(r.stdout.contains("      name:"), "\(r.stdout)")
        #expect(r.stdout.contains(" String ("), "\(r.stdout)")
        #expect(r.stdout.contains("(:Drug)-[:TARGETS]->(:Target)"), "\(r.stdout)")
    }

    @Test func noColourInPipesOrWithNoColor() throws {
        let piped = try CLIRunner.run(["query", "MATCH (d:Drugg) RETURN d"])
        #expect(!piped.stderr.contains("\u{1B}["), "\(piped.stderr)")
        let terminal = try PseudoTerminal(["query", "MATCH (d:Drugg) RETURN d"], environment: ["TERM": "xterm", "NO_COLOR": "1"])
        #expect(terminal.waitFor("did you mean") != nil, "\(terminal.transcript)")
        #expect(terminal.finish() == 0)
        #expect(!terminal.transcript.contains("\u{1B}["), "\(terminal.transcript)")
        let coloured = try PseudoTerminal(["query", "MATCH (d:Drugg) RETURN d"], environment: ["TERM": "xterm"])
        #expect(coloured.waitFor("did you mean") != nil, "\(coloured.transcript)")
        #expect(coloured.finish() == 0)
        #expect(coloured.transcript.contains("\u{1B}[33mwarning"), "\(coloured.transcript)")
    }

    @Test func positionalPathCommandsDoNotSuggestGraphOption() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("evg-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        for command in ["validate", "stats"] {
            let r = try CLIRunner.run([command], in: empty)
            #expect(r.status == 2)
            #expect(!r.stderr.contains("--graph"), "\(command): \(r.stderr)")
            #expect(r.stderr.contains("evg \(command) PATH"), "\(command): \(r.stderr)")
        }
    }
}
