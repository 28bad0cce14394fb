import Foundation
import Testing

/// Error messages echo at most about 200 characters of the offending input.
@Suite struct EchoTruncationCLITests {
    @Test func longIdentifierInAQueryError() throws {
        let name = String(repeating: "v", count: 50_000)
        let r = try CLIRunner.run(["query", "RETURN \(name) AS x"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("UndefinedVariable"), "\(r.stderr.prefix(500))")
        #expect(r.stderr.count < 1200, "stderr has \(r.stderr.count) characters")
    }

    @Test func longParameterOption() throws {
        let r = try CLIRunner.run(["query", "--param", String(repeating: "p", count: 50_000), "RETURN 1"])
        #expect(r.status == 64)
        #expect(r.stderr.count < 1200, "stderr has \(r.stderr.count) characters")
    }

    @Test func longAttributeValueInALoadError() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("long-\(UUID().uuidString).graphml")
        let value = String(repeating: "z", count: 100_000)
        try """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="n" for="node" attr.name="n" attr.type="int"/>
              <graph><node id="a"><data key="n">\(value)</data></node></graph>
            </graphml>
            """.write(to: file, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["validate", file.path])
        #expect(r.status == 2, "\(r.stderr.prefix(500))")
        #expect(r.stderr.count < 1500, "stderr has \(r.stderr.count) characters")
        #expect(r.stderr.contains("characters"), "\(r.stderr)")
    }
}
