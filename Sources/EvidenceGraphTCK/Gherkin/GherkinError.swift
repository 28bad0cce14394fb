/// A `.feature` file that does not follow the Gherkin subset, with where it went wrong.
package struct GherkinError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The feature's path as given to the parser.
    package var path: String
    /// 1-based line.
    package var line: Int
    /// What was wrong.
    package var message: String

    /// Creates an error.
    package init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    package var description: String { "\(path):\(line): \(message)" }
}
