import Foundation
import Testing

/// `evg generate`, `evg stats --format json`, `evg export --format kuzu`, `evg bench-query`.
@Suite struct BenchmarkCommandsTests {
    func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("evg-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func generatedGraphLoadsWithItsCountsInBothFormats() throws {
        let dir = try scratch()
        var counts: [[Int]] = []
        for format in ["evidence", "graphml"] {
            let file = dir.appendingPathComponent("g.\(format)").path
            let gen = try CLIRunner.run(["generate", "--nodes", "400", "--seed", "3", "--format", format, "--out", file])
            #expect(gen.status == 0, "\(gen.stderr)")
            let stats = try CLIRunner.run(["stats", "--format", "json", "--no-schema", file])
            #expect(stats.status == 0, "\(stats.stderr)")
            let j = try json(stats.stdout)
            let nodes = try #require(j["nodes"] as? Int), rels = try #require(j["relationships"] as? Int)
            #expect(nodes == 400)
            #expect(gen.stderr.contains("400 nodes, \(rels) relationships"), "\(gen.stderr)")
            let memory = try #require(j["memory"] as? [String: Any])
            #expect((memory["totalBytes"] as? Int ?? 0) > 0)
            counts.append([nodes, rels])
        }
        #expect(counts[0] == counts[1])
    }

    @Test func badGenerateOptionsFailClearly() throws {
        let r = try CLIRunner.run(["generate", "--nodes", "5", "--out", "/tmp/never.xml"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("at least 100"), "\(r.stderr)")
    }

    @Test func kuzuExportWritesTablesAndLoadScript() throws {
        let dir = try scratch()
        let out = dir.appendingPathComponent("kuzu").path
        let r = try CLIRunner.run(["export", "--format", "kuzu", "--out", out])   // the bundled Graph/
        #expect(r.status == 0, "\(r.stderr)")
        let schema = try String(contentsOfFile: out + "/schema.cypher", encoding: .utf8)
        #expect(schema.contains("CREATE NODE TABLE `Drug`(`id` STRING PRIMARY KEY, `labels` STRING"))
        #expect(schema.contains("CREATE REL TABLE `TARGETS`("))
        #expect(schema.contains("COPY `Drug` FROM 'nodes/Drug.csv' (header=true);"))
        let drugs = try String(contentsOfFile: out + "/nodes/Drug.csv", encoding: .utf8)
        #expect(drugs.contains("everolimus,:Drug,"))
        #expect(drugs.contains("[эверолимус]"))
        // Every relationship is in exactly one rel file (header line excluded).
        let stats = try json(try CLIRunner.run(["stats", "--format", "json"]).stdout)
        let relDir = out + "/rels"
        var lines = 0
        for f in try FileManager.default.contentsOfDirectory(atPath: relDir) {
            lines += try String(contentsOfFile: relDir + "/" + f, encoding: .utf8).split(separator: "\n").count - 1
        }
        #expect(lines == stats["relationships"] as? Int)
    }

    @Test func neo4jCypherAndGraphMLExportsAreWritten() throws {
        let dir = try scratch()
        let neo4j = dir.appendingPathComponent("neo4j").path
        let r = try CLIRunner.run(["export", "--format", "neo4j", "--out", neo4j])   // the bundled Graph/
        #expect(r.status == 0 && r.stderr.contains("import.sh"), "\(r.stderr)")
        #expect(try String(contentsOfFile: neo4j + "/nodes/Drug.csv", encoding: .utf8).hasPrefix("id:ID,:LABEL,name:string,"))
        #expect(try String(contentsOfFile: neo4j + "/import.sh", encoding: .utf8).contains("--relationships=rels/TARGETS.csv"))
        let cypher = dir.appendingPathComponent("graph.cypher").path
        let c = try CLIRunner.run(["export", "--format", "cypher", "--batch-size", "100", "--out", cypher])
        #expect(c.status == 0, "\(c.stderr)")
        #expect(try String(contentsOfFile: cypher, encoding: .utf8).contains("CREATE (n:`Drug`) SET n += row;"))
        let graphml = dir.appendingPathComponent("graph.graphml").path
        #expect(try CLIRunner.run(["export", "--format", "graphml", "--out", graphml]).status == 0)
        let original = try json(try CLIRunner.run(["stats", "--format", "json"]).stdout)
        let reloaded = try json(try CLIRunner.run(["stats", "--format", "json", graphml]).stdout)
        #expect(reloaded["nodes"] as? Int == original["nodes"] as? Int && reloaded["relationships"] as? Int == original["relationships"] as? Int)
    }

    @Test func benchQueryTimesEveryQueryWithDigests() throws {
        let dir = try scratch()
        let file = dir.appendingPathComponent("g.xml").path
        #expect(try CLIRunner.run(["generate", "--nodes", "500", "--out", file]).status == 0)
        let queries = CLIRunner.repositoryRoot.appendingPathComponent("Benchmarks/queries").path
        let r = try CLIRunner.run(["bench-query", "--graph", file, "--queries", queries, "--runs", "2", "--format", "json"])
        #expect(r.status == 0, "\(r.stdout)\n\(r.stderr)")
        let j = try json(r.stdout)
        let list = try #require(j["queries"] as? [[String: Any]])
        let files = try FileManager.default.contentsOfDirectory(atPath: queries)
            .filter { $0.hasSuffix(".cypher") && $0.split(separator: ".").count == 2 }   // NAME.DIALECT.cypher files are the peers'
        #expect(list.count == files.count)
        for q in list {
            #expect(q["error"] == nil, "\(q)")
            #expect((q["digest"] as? String)?.count == 16)
            #expect((q["timesMs"] as? [Double])?.count == 2)
        }
        let again = try json(try CLIRunner.run(["bench-query", "--graph", file, "--queries", queries, "--runs", "1", "--format", "json"]).stdout)
        let digests = { (j: [String: Any]) in (j["queries"] as! [[String: Any]]).map { $0["digest"] as! String } }
        #expect(digests(j) == digests(again))
    }
}
