import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Inputs that used to hang or abort the command line: a FIFO in a graph folder, a sparse
/// file of 200 GB under a memory cap, and process substitution.
@Suite struct SpecialInputCLITests {
    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("evg-special-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func fifoInAGraphFolderIsRefused() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(mkfifo(dir.appendingPathComponent("pipe.xml").path, 0o600) == 0)
        let r = try CLIRunner.run(["validate", dir.path])
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("not a regular file (FIFO)"), "\(r.stderr)")
    }

    /// `ulimit -v` caps the address space at 4 GB: reserving from the declared 200 GB
    /// used to abort the process (signal); now the zero bytes are an XML error (status 2).
    @Test func sparseFileUnderAMemoryCapIsALoadError() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("sparse.xml")
        #expect(FileManager.default.createFile(atPath: file.path, contents: nil))
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 200_000_000_000)
        try handle.close()
        let evg = CLIRunner.executable.path
        let r = try CLIRunner.run(["-c", "ulimit -v 4000000 && exec \"$0\" validate \"$1\"", evg, file.path], shell: true)
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("[xml-syntax]"), "\(r.stderr)")
    }

    @Test func processSubstitutionLoads() throws {
        let graph = CLIRunner.repositoryRoot.appendingPathComponent("Tests/EvidenceGraphXMLTests/Fixtures/good/minimal.graphml").path
        let evg = CLIRunner.executable.path
        let r = try CLIRunner.run(["-c", "exec \"$0\" query --graph <(cat \"$1\") 'MATCH (n) RETURN count(n) AS c'", evg, graph],
                                  shell: true, program: "/bin/bash")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stderr.contains("Document is empty"), "\(r.stderr)")
        #expect(r.stdout.contains("| 2 |") || r.stdout.contains("| 3 |"), "\(r.stdout)")
    }
}
