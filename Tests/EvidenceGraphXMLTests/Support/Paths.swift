import Foundation

/// Paths the tests need, found from this file's location.
enum Paths {
    /// The repository root (three levels above this file).
    static let repositoryRoot: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// The bundled knowledge base.
    static let graph = repositoryRoot + "/Graph"

    /// The evidence XSD.
    static let schema = graph + "/schema/evidence.xsd"

    /// A fixture file by its path under Fixtures/.
    static func fixture(_ name: String) -> String {
        repositoryRoot + "/Tests/EvidenceGraphXMLTests/Fixtures/" + name
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> String {
        let dir = NSTemporaryDirectory() + "evg-xml-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }
}
