import Foundation

/// The files the servers ship with, as resources of this library (the resource bundle
/// `EvidenceGraph_EvidenceGraphServer.resources` beside the executable on Linux), so an
/// installed `evg` serves them without a source tree: the web page, the graph model
/// (`docs/graph-model.md`) and the example queries (`Queries/*.cypher`). The docs and
/// queries are copies a test keeps byte-identical to the repository's.
public enum BundledResources {
    /// A bundled text file: its name and contents.
    public struct File: Sendable, Hashable {
        public var name: String
        public var text: String
    }

    /// The graph model page, or nil when the bundle is missing.
    public static var graphModel: File? { file("Docs/graph-model.md") }

    /// The example queries, sorted by name (empty when the bundle is missing).
    public static var exampleQueries: [File] {
        guard let dir = directory?.appendingPathComponent("Queries"),
              let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return [] }
        return names.filter { $0.hasSuffix(".cypher") }.sorted().compactMap { file("Queries/" + $0) }
    }

    /// The web page `GET /` serves, or nil when the bundle is missing.
    public static var webPage: File? { file("Web/index.html") }

    /// The file at `path` inside the bundle.
    static func file(_ path: String) -> File? {
        guard let url = directory?.appendingPathComponent(path),
              let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return File(name: url.lastPathComponent, text: String(decoding: data, as: UTF8.self))
    }

    /// The bundle's `Bundled/` folder, or nil when the bundle is missing.
    static let directory: URL? = {
        #if canImport(Darwin)
        let bundle: Bundle? = Bundle.module
        #else
        // `Bundle.module` stops the process when the bundle is neither beside the executable
        // nor in the build directory; only the first is used (as `SchemaLocator` does), so
        // a binary moved without its bundle reports a missing resource instead.
        let beside = Bundle.main.bundleURL.appendingPathComponent("EvidenceGraph_EvidenceGraphServer.resources")
        let bundle: Bundle? = FileManager.default.fileExists(atPath: beside.path) ? Bundle.module : nil
        #endif
        // Not named `Resources`: Foundation on Linux takes a bundle's `Resources/` folder for
        // its resource folder, which would move every path one level down.
        return bundle?.resourceURL?.appendingPathComponent("Bundled")
    }()
}
