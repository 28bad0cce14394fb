import Foundation

/// Finds the graph to load when the user gave no path: `$EVG_GRAPH` (a path list separated
/// by ':'), else the nearest `Graph/` folder at or above the current directory (so
/// `swift run evg …` works from anywhere inside the repository).
enum GraphLocator {
    static func defaultPaths() -> [String]? {
        if let env = ProcessInfo.processInfo.environment["EVG_GRAPH"], !env.isEmpty {
            return env.split(separator: ":").map(String.init)
        }
        var dir = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL
        while true {
            let candidate = dir.appendingPathComponent("Graph")
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDir), isDir.boolValue {
                return [relativeIfBelowCurrent(candidate.path)]
            }
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path { return nil }
            dir = parent
        }
    }

    /// Shows paths relative to the current directory when they are below it, so diagnostics
    /// read `Graph/drugs.xml:12:5`.
    static func relativeIfBelowCurrent(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        if path.hasPrefix(cwd + "/") { return String(path.dropFirst(cwd.count + 1)) }
        return path
    }
}
