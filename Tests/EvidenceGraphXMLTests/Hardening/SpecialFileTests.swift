import Dispatch
import Foundation
import Testing
import EvidenceGraphCore
@testable import EvidenceGraphXML
#if canImport(Glibc)
import Glibc
#endif

/// FIFOs, pipes, devices and unreadable paths: refused or streamed with a message, never a
/// hang or a silent skip; each input is opened once.
@Suite struct SpecialFileTests {
    static let graphML = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="labels" for="node" attr.name="labels" attr.type="string"/>
          <graph edgedefault="directed">
            <node id="a"><data key="labels">:Drug</data></node>
            <node id="b"><data key="labels">:Target</data></node>
            <edge source="a" target="b"/>
          </graph>
        </graphml>
        """

    func loadError(_ paths: [String], options: LoadOptions = LoadOptions()) -> LoadError? {
        do {
            _ = try GraphLoader(options: options).load(paths)
            return nil
        } catch {
            return error
        }
    }

    @Test func fifoInsideAFolderIsRefusedWithoutOpeningIt() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.graphML.write(toFile: dir + "/good.graphml", atomically: true, encoding: .utf8)
        #expect(mkfifo(dir + "/stuck.xml", 0o600) == 0)
        let error = try #require(loadError([dir]))
        #expect(error.diagnostics.count == 1)
        let d = try #require(error.diagnostics.first)
        #expect(d.ruleID == "io")
        #expect(d.message.contains("not a regular file (FIFO)"), "\(d)")
        #expect(d.location?.file == dir + "/stuck.xml")
    }

    @Test func fifoWithoutAWriterFailsAfterTheIdleTimeout() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(mkfifo(dir + "/lonely.graphml", 0o600) == 0)
        var options = LoadOptions()
        options.pipeIdleTimeout = 0.2
        let error = try #require(loadError([dir + "/lonely.graphml"], options: options))
        #expect(error.diagnostics.map(\.ruleID) == ["io"], "one error, not a libxml2 one besides: \(error)")
        #expect(error.diagnostics.first?.message.contains("no data from the pipe or FIFO within 0.2 s") == true, "\(error)")
    }

    @Test func fifoWithAWriterIsStreamed() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/fed.graphml"
        #expect(mkfifo(path, 0o600) == 0)
        let text = Self.graphML
        DispatchQueue.global().async {
            guard let handle = FileHandle(forWritingAtPath: path) else { return }
            handle.write(Data(text.utf8))
            try? handle.close()
        }
        let loaded = try GraphLoader().load([path])
        #expect(loaded.graph.nodeCount == 2)
        #expect(loaded.graph.relationshipCount == 1)
    }

    /// Process substitution (`--graph <(cat g.graphml)`) hands over `/dev/fd/N`, a pipe that
    /// can be read once: sniffing the kind must not consume it.
    @Test func pipeGivenAsDevFdIsReadOnce() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        let (readEnd, writeEnd) = (fds[0], fds[1])
        defer { close(readEnd) }
        let text = Self.graphML
        DispatchQueue.global().async {
            let bytes = Array(text.utf8)
            _ = bytes.withUnsafeBytes { write(writeEnd, $0.baseAddress, $0.count) }
            close(writeEnd)
        }
        let loaded = try GraphLoader().load(["/dev/fd/\(readEnd)"])
        #expect(loaded.graph.nodeCount == 2)
    }

    @Test(arguments: ["/dev/null", "/dev/zero"])
    func devicesAreRefused(_ device: String) throws {
        let error = try #require(loadError([device]))
        #expect(error.diagnostics.first?.message.contains("character device") == true, "\(error)")
    }

    @Test func brokenSymbolicLinkInAFolderIsAnError() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createSymbolicLink(atPath: dir + "/gone.xml", withDestinationPath: dir + "/missing.xml")
        let error = try #require(loadError([dir]))
        #expect(error.diagnostics.first?.message.contains("cannot read") == true, "\(error)")
    }

    /// As root every directory is readable, so this runs only for other users.
    @Test(.enabled(if: geteuid() != 0)) func unreadableSubfolderIsAnError() throws {
        let dir = try Paths.temporaryDirectory()
        defer {
            chmod(dir + "/locked", 0o700)
            try? FileManager.default.removeItem(atPath: dir)
        }
        try Self.graphML.write(toFile: dir + "/good.graphml", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: dir + "/locked", withIntermediateDirectories: false)
        chmod(dir + "/locked", 0)
        let error = try #require(loadError([dir]))
        #expect(error.diagnostics.first?.message.contains("cannot read directory") == true, "\(error)")
    }

    @Test(.enabled(if: geteuid() != 0)) func unreadableFileIsAnError() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.graphML.write(toFile: dir + "/secret.graphml", atomically: true, encoding: .utf8)
        chmod(dir + "/secret.graphml", 0)
        let error = try #require(loadError([dir]))
        #expect(error.diagnostics.first?.message.contains("Permission denied") == true, "\(error)")
    }

    @Test func missingPathIsAnError() throws {
        let error = try #require(loadError(["/nonexistent/graph-\(UUID().uuidString)"]))
        #expect(error.diagnostics.first?.message.contains("no such file or directory") == true)
    }
}
