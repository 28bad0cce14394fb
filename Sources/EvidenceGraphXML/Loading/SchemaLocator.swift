import Foundation

/// Finds the evidence XSD when ``LoadOptions/schemaPath`` is not set.
enum SchemaLocator {
    static let relativePath = "schema/evidence.xsd"

    /// The schema for a load of `files`: `EVG_SCHEMA`, then this source tree's
    /// `Graph/schema/evidence.xsd`, then `schema/evidence.xsd` beside a loaded file or in one
    /// of its ancestor directories.
    static func locate(for files: [String]) -> String? {
        if let env = ProcessInfo.processInfo.environment["EVG_SCHEMA"], !env.isEmpty { return env }
        return locate(schemaNamed: "evidence.xsd", for: files)
    }

    /// `Graph/schema/<name>` of this source tree, else `schema/<name>` beside one of `files`
    /// or in one of its ancestor directories.
    static func locate(schemaNamed name: String, for files: [String]) -> String? {
        let fm = FileManager.default
        let relativePath = "schema/" + name
        let sourceTree = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Graph").appendingPathComponent(relativePath).path
        if fm.fileExists(atPath: sourceTree) { return sourceTree }
        for file in files {
            var dir = URL(fileURLWithPath: file).standardizedFileURL.deletingLastPathComponent()
            while dir.path != "/" && !dir.path.isEmpty {
                let candidate = dir.appendingPathComponent(relativePath).path
                if fm.fileExists(atPath: candidate) { return candidate }
                dir = dir.deletingLastPathComponent()
            }
        }
        return nil
    }
}
