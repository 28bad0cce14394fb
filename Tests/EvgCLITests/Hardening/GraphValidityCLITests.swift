import Foundation
import Testing

/// `query`, `repl` and `assess` say when the graph they loaded has validation errors, and
/// `--strict` refuses to run on such a graph.
@Suite struct GraphValidityCLITests {
    static func danglingGraph() throws -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dangling-\(UUID().uuidString).graphml")
        try """
            <?xml version="1.0"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="labels" for="node" attr.name="labels" attr.type="string"/>
              <graph edgedefault="directed">
                <node id="a"><data key="labels">:Drug</data></node>
                <node id="a"><data key="labels">:Drug</data></node>
                <edge source="a" target="missing"/>
              </graph>
            </graphml>
            """.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test func queryWarnsWithTheErrorCount() throws {
        let graph = try Self.danglingGraph()
        let r = try CLIRunner.run(["query", "--graph", graph.path, "MATCH (n) RETURN count(n) AS c"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("the graph has 2 validation error(s)"), "\(r.stderr)")
    }

    @Test(arguments: [["query", "RETURN 1"], ["repl", "--history", "/dev/null"]])
    func strictRefuses(_ command: [String]) throws {
        let graph = try Self.danglingGraph()
        let r = try CLIRunner.run([command[0], "--strict", "--graph", graph.path] + command.dropFirst(), stdin: ":quit\n")
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("--strict refuses"), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test func aCleanGraphSaysNothing() throws {
        let r = try CLIRunner.run(["query", "--strict", "RETURN 1 AS x"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stderr.contains("validation error"), "\(r.stderr)")
    }

    @Test func assessRefusesHugeNamesBeforeSearching() throws {
        let patient = CLIRunner.repositoryRoot.appendingPathComponent("Queries/patients/founding-case.xml")
        let r = try CLIRunner.run(["assess", patient.path, "--option", String(repeating: "x", count: 100_000)])
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr.contains("at most 1000"), "\(r.stderr)")
        #expect(r.stderr.count < 1000, "the value is not echoed whole")
    }

    @Test func assessRefusesHugeNamesInThePatientFile() throws {
        let source = CLIRunner.repositoryRoot.appendingPathComponent("Queries/patients/founding-case.xml")
        let text = try String(contentsOf: source, encoding: .utf8)
            .replacingOccurrences(of: "drug=\"metformin\"", with: "drug=\"\(String(repeating: "m", count: 200_000))\"")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("patient-\(UUID().uuidString).xml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["assess", file.path])
        #expect(r.status == 2, "\(r.stderr.prefix(500))")
        #expect(r.stderr.contains("at most 1000"), "\(r.stderr.prefix(500))")
        #expect(r.stderr.count < 1000, "the name is not echoed whole")
    }
}
