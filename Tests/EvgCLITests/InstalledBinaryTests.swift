import Foundation
import Testing

/// A moved or installed `evg` finds its XSDs in the resource bundle copied beside it — not in
/// the source tree, not in the build directory, without `EVG_SCHEMA`.
@Suite struct InstalledBinaryTests {
    /// The XML library's resource bundle next to the built `evg`.
    static var resourceBundle: URL {
        get throws {
            let dir = CLIRunner.executable.deletingLastPathComponent()
            let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
            let name = try #require(names.first { $0.hasSuffix("_EvidenceGraphXML.resources") || $0.hasSuffix("_EvidenceGraphXML.bundle") },
                                    "no EvidenceGraphXML resource bundle in \(dir.path)")
            return dir.appendingPathComponent(name)
        }
    }

    /// A temporary folder outside the source tree holding a copy of `evg` and, with
    /// `bundle`, of its resource bundle.
    static func install(bundle: Bool) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.resolvingSymlinksInPath()
            .appendingPathComponent("evg-installed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLIRunner.executable, to: dir.appendingPathComponent("evg"))
        if bundle {
            let resources = try resourceBundle
            try FileManager.default.copyItem(at: resources, to: dir.appendingPathComponent(resources.lastPathComponent))
        }
        return dir
    }

    /// Runs the installed `evg` from its own folder with `EVG_SCHEMA` unset.
    static func run(_ dir: URL, _ arguments: [String]) throws -> CLIRunner.Outcome {
        try CLIRunner.run(arguments: ["-u", "EVG_SCHEMA", dir.appendingPathComponent("evg").path] + arguments,
                          executable: URL(fileURLWithPath: "/usr/bin/env"), in: dir)
    }

    @Test func movedBinaryValidatesWithItsBundledSchema() throws {
        let dir = try Self.install(bundle: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let graph = CLIRunner.repositoryRoot.appendingPathComponent("Graph").path
        let clean = try Self.run(dir, ["validate", graph])
        #expect(clean.status == 0, "\(clean.stdout)\n\(clean.stderr)")
        #expect(clean.stderr.contains("0 error(s)"), "\(clean.stderr)")

        let invalid = dir.appendingPathComponent("xsd.xml")
        try FileManager.default.copyItem(at: CLIRunner.repositoryRoot.appendingPathComponent("Tests/EvidenceGraphXMLTests/Fixtures/loader/xsd.xml"),
                                         to: invalid)
        let refused = try Self.run(dir, ["validate", invalid.path])
        #expect(refused.status == 2, "\(refused.stdout)\n\(refused.stderr)")
        #expect(refused.stderr.contains("\(invalid.path):4:5: error: "), "\(refused.stderr)")
        #expect(refused.stderr.contains("[xsd]"), "\(refused.stderr)")

        // The copy is the file read: break it, and the load names it.
        let schema = try #require(try FileManager.default.subpathsOfDirectory(atPath: dir.path).first { $0.hasSuffix("Schemas/evidence.xsd") })
        try "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element name=\"evidence\" type=\"nosuch\"/></xs:schema>\n"
            .write(to: dir.appendingPathComponent(schema), atomically: true, encoding: .utf8)
        let broken = try Self.run(dir, ["validate", graph])
        #expect(broken.status == 2, "\(broken.stdout)\n\(broken.stderr)")
        #expect(broken.stderr.contains(dir.appendingPathComponent(schema).path + ":1:"), "\(broken.stderr)")
        #expect(broken.stderr.contains("[xsd-schema]"), "\(broken.stderr)")
    }

    @Test func binaryWithoutItsBundleReportsTheMissingSchema() throws {
        let dir = try Self.install(bundle: false)
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Self.run(dir, ["validate", CLIRunner.repositoryRoot.appendingPathComponent("Graph").path])
        #expect(r.status == 2, "an error, not a crash: \(r.stdout)\n\(r.stderr)")
        #expect(r.stderr.contains("[schema-not-found]"), "\(r.stderr)")
    }
}
