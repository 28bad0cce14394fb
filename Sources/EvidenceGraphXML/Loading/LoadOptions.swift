/// How ``GraphLoader`` reads files.
public struct LoadOptions: Sendable {
    /// Validate evidence XML files against the evidence XSD in the same streaming pass.
    /// On by default; GraphML files are never validated against a schema.
    public var validatesSchema: Bool = true
    /// The evidence XSD, overriding the default. `nil` takes the `EVG_SCHEMA` environment
    /// variable when set, else the `evidence.xsd` bundled with this library
    /// (``SchemaLocator/path(forSchemaNamed:)``).
    public var schemaPath: String? = nil
    /// At most this many diagnostics are collected (the rest are counted as truncated).
    public var maxDiagnostics: Int = 100
    /// Property keys that get a hash index per label in the frozen graph.
    public var indexedPropertyKeys: Set<String> = ["id", "name"]

    /// Seconds a read from a FIFO, pipe or socket given as a file waits for data before the
    /// load fails (so a FIFO without a writer is an error, not a hang). Regular files are
    /// read without a timeout; FIFOs found inside a folder are refused.
    public var pipeIdleTimeout: Double = 30

    /// Default options.
    public init() {}
}
