import Foundation

/// All the feature files of a TCK `features/` folder, parsed, and their cases.
package struct TCKSuite: Sendable {
    /// The `features/` folder.
    package var featuresDirectory: String
    /// Every feature, sorted by path.
    package var features: [GherkinFeature]

    /// Every case of every feature, in path and file order.
    package var cases: [TCKCase] { features.flatMap(\.cases) }

    /// Creates a suite from parsed features.
    package init(featuresDirectory: String, features: [GherkinFeature]) {
        self.featuresDirectory = featuresDirectory
        self.features = features
    }

    /// Reads and parses every `.feature` file below `featuresDirectory`.
    package static func load(featuresDirectory: String) throws -> TCKSuite {
        let root = URL(fileURLWithPath: featuresDirectory).standardizedFileURL
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            throw GherkinError(path: featuresDirectory, line: 0, message: "cannot list the folder")
        }
        var paths: [String] = []
        for case let url as URL in walker where url.pathExtension == "feature" {
            let full = url.standardizedFileURL.path
            paths.append(String(full.dropFirst(root.path.count + 1)))
        }
        var features: [GherkinFeature] = []
        for path in paths.sorted() {
            let text = try String(contentsOfFile: root.path + "/" + path, encoding: .utf8)
            features.append(try GherkinParser.parse(text, path: path))
        }
        return TCKSuite(featuresDirectory: root.path, features: features)
    }
}
