import Foundation

/// Where the TCK and the committed lists are.
package enum TCKLocation {
    /// The environment variable that overrides the TCK's `features/` folder.
    package static let environmentVariable = "EVG_TCK_DIR"

    /// The TCK's `features/` folder: `$EVG_TCK_DIR` when set, else `../shared/tck/features`
    /// beside the package root; `nil` when that folder does not exist (e.g. on a user's machine).
    package static func featuresDirectory(packageRoot: String) -> String? {
        let candidate = ProcessInfo.processInfo.environment[environmentVariable]
            ?? (packageRoot as NSString).appendingPathComponent("../shared/tck/features")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), isDirectory.boolValue else {
            return nil
        }
        return (candidate as NSString).standardizingPath
    }

    /// The named graphs folder beside a `features/` folder (`tck/graphs`).
    package static func graphsDirectory(featuresDirectory: String) -> String {
        ((featuresDirectory as NSString).appendingPathComponent("../graphs") as NSString).standardizingPath
    }

    /// The package root, given the `#filePath` of a file `depth` folders below it
    /// (`Sources/evg-tck/main.swift` is at depth 2).
    package static func packageRoot(fromFile filePath: String, depth: Int) -> String {
        var url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        for _ in 0..<depth { url.deleteLastPathComponent() }
        return url.path
    }

    /// The committed list of unsupported features.
    package static func unsupportedListPath(packageRoot: String) -> String {
        packageRoot + "/Tests/EvidenceGraphTCKTests/tck-unsupported.txt"
    }

    /// The committed list of passing case ids.
    package static func passingListPath(packageRoot: String) -> String {
        packageRoot + "/Tests/EvidenceGraphTCKTests/tck-passing.txt"
    }

    /// The path of the running executable (for starting workers of oneself).
    package static func currentExecutable() -> String {
        let proc = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        if proc != "/proc/self/exe", FileManager.default.isExecutableFile(atPath: proc) { return proc }
        return Bundle.main.executablePath ?? CommandLine.arguments[0]
    }

    /// The `evg-tck` executable built beside the running one (the test bundle or a tool in
    /// the same build folder), or `nil` when there is none.
    package static func siblingEvgTCK() -> String? {
        let folder = URL(fileURLWithPath: currentExecutable()).deletingLastPathComponent()
        for candidate in [folder, folder.deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("evg-tck").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
