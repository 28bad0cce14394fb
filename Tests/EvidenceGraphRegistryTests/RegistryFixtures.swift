import EvidenceGraphCore
import EvidenceGraphRegistry
import EvidenceGraphXML
import Foundation

/// Where the test inputs are: the bundled Graph/, the six real ClinicalTrials.gov records in
/// `../shared/ctgov` beside the repository root (or `$EVG_CTGOV_DIR`), the API v2 fixture.
enum RegistryFixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let graphDirectory = packageRoot.appendingPathComponent("Graph").path

    /// `nil` when the records are absent (a user's machine): the tests that read them are skipped.
    static let recordsDirectory: String? = {
        let dir = ProcessInfo.processInfo.environment["EVG_CTGOV_DIR"]
            ?? packageRoot.deletingLastPathComponent().appendingPathComponent("shared/ctgov").path
        return FileManager.default.fileExists(atPath: dir) ? dir : nil
    }()
    static let absent = "the ClinicalTrials.gov records were not found ($EVG_CTGOV_DIR or ../shared/ctgov); their tests skipped"

    static var recordFiles: [String] {
        guard let dir = recordsDirectory else { return [] }
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [])
            .filter { $0.hasSuffix(".xml") }.sorted().map { dir + "/" + $0 }
    }

    static var v2Fixture: String {
        Bundle.module.url(forResource: "Fixtures/api-v2-study", withExtension: "json")!.path
    }

    /// The bundled knowledge graph, loaded once (a load error fails the tests that need it,
    /// not the whole test process).
    static let loaded = Result { try GraphLoader().load([graphDirectory]).graph }
    static var graph: Graph { get throws { try loaded.get() } }

    static let importerResult = loaded.map { RegistryImporter(graph: $0) }
    static var importer: RegistryImporter { get throws { try importerResult.get() } }

    /// A fresh temporary folder.
    static func temporaryFolder() -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("evg-ctgov-\(UUID().uuidString)").path
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Writes `imports` to a temporary folder and loads it with Graph/; returns the
    /// validator's errors and the loaded graph.
    static func loadWithGraph(_ imports: [RegistryImport]) throws -> (errors: [Diagnostic], graph: Graph) {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for i in imports { try i.write(into: dir) }
        let loaded = try GraphLoader().load([graphDirectory, dir])
        return (GraphValidator().validate(loaded).filter { $0.severity == .error }, loaded.graph)
    }
}

/// Reads an imported document back as an element tree, for checking its numbers.
enum ImportedDocument {
    static func tree(_ result: RegistryImport) throws -> XMLElementNode {
        let dir = RegistryFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        return try XMLDocumentReader.read(path: try result.write(into: dir))
    }
}

extension XMLElementNode {
    func first(_ name: String) -> XMLElementNode? { children.first { $0.name == name } }
    func all(_ name: String) -> [XMLElementNode] { children.filter { $0.name == name } }
    func path(_ p: String) -> XMLElementNode? {
        var n: XMLElementNode? = self
        for step in p.split(separator: "/") { n = n?.first(String(step)) }
        return n
    }
    func value(_ p: String) -> String? {
        path(p).map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) }
    }
}
