import EvidenceGraphCore
import Foundation

/// Expands the loader's paths: a file stands for itself, a directory for every `*.xml` and
/// `*.graphml` file below it (hidden files and directories skipped), sorted by path.
enum FileDiscovery {
    static let extensions: Set<String> = ["xml", "graphml"]

    /// The files to load, and a diagnostic for each path that does not exist.
    static func files(for paths: [String]) -> (files: [String], errors: [Diagnostic]) {
        var files: [String] = []
        var errors: [Diagnostic] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                errors.append(Diagnostic(ruleID: "io", severity: .error, message: "'\(path)': no such file or directory", location: nil))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            var found: [String] = []
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            if let walker = fm.enumerator(atPath: path) {
                while let relative = walker.nextObject() as? String {
                    let components = relative.split(separator: "/")
                    if components.contains(where: { $0.hasPrefix(".") }) { continue }
                    guard let ext = relative.split(separator: ".").last.map(String.init),
                          components.count > 0, relative.contains("."), extensions.contains(ext.lowercased()) else { continue }
                    let full = base + "/" + relative
                    var dir: ObjCBool = false
                    if fm.fileExists(atPath: full, isDirectory: &dir), !dir.boolValue { found.append(full) }
                }
            }
            files += found.sorted()
        }
        return (files, errors)
    }

    /// The size of a file in bytes (0 when it cannot be read).
    static func size(of path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}
