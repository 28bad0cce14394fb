/// A `.feature` file that does not follow the Gherkin subset, with where it went wrong.
public struct GherkinError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The feature's path as given to the parser.
    public var path: String
    /// 1-based line.
    public var line: Int
    /// What was wrong.
    public var message: String

    /// Creates an error.
    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String { "\(path):\(line): \(message)" }
}
