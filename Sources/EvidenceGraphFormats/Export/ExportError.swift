/// Why an export failed.
public struct ExportError: Error, CustomStringConvertible, Sendable {
    /// The message, naming the file, folder or table concerned.
    public var description: String
    /// An error with this message.
    public init(_ message: String) { description = message }
}
