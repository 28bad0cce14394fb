/// Where something came from in an input file: `file:line:column`, 1-based.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The file's path as given to the loader.
    public var file: String
    /// 1-based line number (0 when unknown).
    public var line: Int
    /// 1-based column number (0 when unknown).
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`.
    public var description: String { "\(file):\(line):\(column)" }
}
