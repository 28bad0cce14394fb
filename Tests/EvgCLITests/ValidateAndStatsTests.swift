import Foundation
import Testing

@Suite struct ValidateAndStatsTests {
    @Test func validateBundledGraphIsClean() throws {
        let r = try CLIRunner.run(["validate"])
        #expect(r.status == 0, "stdout: \(r.stdout)\nstderr: \(r.stderr)")
        #expect(r.stdout.isEmpty, "no findings expected, got: \(r.stdout)")
        #expect(r.stderr.contains("0 error(s), 0 warning(s)"))
    }

    @Test func validateFindsGraphFromSubdirectoryAndEnvironment() throws {
        let sub = CLIRunner.repositoryRoot.appendingPathComponent("Graph/schema")
        #expect(try CLIRunner.run(["validate"], in: sub).status == 0)
        let copy = try CLIRunner.copyOfBundledGraph()
        let r = try CLIRunner.run(["stats"], in: FileManager.default.temporaryDirectory, environment: ["EVG_GRAPH": copy.path])
        #expect(r.status == 0, "\(r.stderr)")
    }

    @Test func danglingReferenceExitsOneNamingFileAndLine() throws {
        let copy = try CLIRunner.copyOfBundledGraph()
        let bad = copy.appendingPathComponent("zz-dangling.xml")
        try """
            <?xml version="1.0" encoding="UTF-8"?>
            <evidence xmlns="urn:evidencegraph:evidence:1" version="1">
              <regimen id="zz-test-regimen" name="Test regimen" source="test">
                <component ref="no-such-drug"/>
              </regimen>
            </evidence>
            """.write(to: bad, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["validate", copy.path])
        #expect(r.status == 1, "stdout: \(r.stdout)\nstderr: \(r.stderr)")
        #expect(r.stdout.contains("zz-dangling.xml:4:"), "\(r.stdout)")
        #expect(r.stdout.contains("no-such-drug"))
        #expect(r.stdout.contains("[dangling-reference]"))
    }

    @Test func malformedXMLExitsTwoWithLocation() throws {
        let copy = try CLIRunner.copyOfBundledGraph()
        try "<evidence xmlns=\"urn:evidencegraph:evidence:1\">\n  <drug id=\"x\"\n</evidence>\n"
            .write(to: copy.appendingPathComponent("broken.xml"), atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["validate", copy.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("broken.xml:3:"), "\(r.stderr)")
    }

    @Test func statsPrintsCountsByLabelAndType() throws {
        let r = try CLIRunner.run(["stats"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Nodes: "))
        #expect(r.stdout.contains("Relationships: "))
        #expect(r.stdout.contains("Drug"))
        #expect(r.stdout.contains("Loaded "))
    }
}
