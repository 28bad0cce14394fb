import Foundation
import Testing

@Suite struct QueryCommandTests {
    let query = "MATCH (d:Drug {id: 'everolimus'}) RETURN d.id AS id, d.name AS name"

    @Test func tableFormat() throws {
        let r = try CLIRunner.run(["query", query])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("| id "))
        #expect(r.stdout.contains("everolimus"))
        #expect(r.stdout.contains("1 row"))
    }

    @Test func jsonFormatIsTheContract() throws {
        let r = try CLIRunner.run(["query", "--format", "json", "MATCH (d:Drug {id: 'everolimus'}) RETURN d.id AS id, d, 1 AS one, null AS nothing"])
        #expect(r.status == 0, "\(r.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(object["columns"] as? [String] == ["id", "d", "one", "nothing"])
        let rows = try #require(object["rows"] as? [[Any]])
        #expect(rows.count == 1)
        #expect(rows[0][0] as? String == "everolimus")
        let node = try #require(rows[0][1] as? [String: Any])
        #expect(node["id"] as? String == "everolimus")
        #expect((node["labels"] as? [String])?.contains("Drug") == true)
        #expect((node["properties"] as? [String: Any])?["id"] as? String == "everolimus")
        #expect(rows[0][2] as? Int == 1)
        #expect(rows[0][3] is NSNull)
    }

    @Test func csvFormat() throws {
        let r = try CLIRunner.run(["query", "--format", "csv", query])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.first == "id,name")
        #expect(lines.count == 2)
        #expect(lines[1].hasPrefix("everolimus,"))
    }

    @Test func parametersAndQueryFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("q-\(UUID().uuidString).cypher")
        try "// a question\nMATCH (d:Drug {id: $drug})\nRETURN d.id AS id".write(to: file, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["query", "--format", "csv", "--param", "drug=everolimus", "-f", file.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.split(separator: "\n").last == "everolimus")
    }

    @Test func syntaxErrorShowsLineColumnAndCaret() throws {
        let r = try CLIRunner.run(["query", "MATCH (d:Drug)\nRETURN d.name AS\n"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("2:") || r.stderr.contains("3:"), "\(r.stderr)")
        #expect(r.stderr.contains("^"), "\(r.stderr)")
    }

    @Test func replRunsMultiLineQueriesAndCommands() throws {
        let input = ":schema\nMATCH (d:Drug {id: 'everolimus'})\nRETURN d.id AS id;\n:quit\n"
        let r = try CLIRunner.run(["repl", "--history", "/dev/null"], stdin: input)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Labels (nodes):"))
        #expect(r.stdout.contains("everolimus"))
        // Without a terminal the REPL runs a script: no prompts, no timings.
        #expect(!r.stdout.contains("evg> "))
        #expect(!r.stdout.contains(" ms)"))
    }
}
