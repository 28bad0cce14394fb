import Foundation
import Testing

/// `evg import ctgov`: writes one evidence file per record, reports unresolved drugs on
/// stderr, and exits non-zero on a bad record.
@Suite struct ImportCommandTests {
    static let fixture = "Tests/EvidenceGraphRegistryTests/Fixtures/api-v2-study.json"

    @Test func importsAFixtureAndValidatesWithTheGraph() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("evg-import-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let run = try CLIRunner.run(["import", "ctgov", Self.fixture, "--out", out])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("NCT09999901: intervention 'Zorbacitinib'"))
        #expect(FileManager.default.fileExists(atPath: out + "/ctgov-nct09999901.xml"))
        let validate = try CLIRunner.run(["validate", "Graph", out])
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
    }

    @Test func badRecordExitsNonZeroWithItsLocation() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("evg-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("bad.json").path
        try Data(#"{"protocolSection": {}}"#.utf8).write(to: URL(fileURLWithPath: bad))
        let run = try CLIRunner.run(["import", "ctgov", bad, "--out", dir.appendingPathComponent("out").path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("\(bad): $.protocolSection.identificationModule: error: required field missing"))
    }
}
