import EvidenceGraphQuery

/// The budget every request to `evg serve` or `evg mcp` runs under: the query limits
/// (``QueryOptions``: timeout, maximum rows, memory, also applied to the assessment's own
/// queries through the shared graph) and the largest request body or patient text accepted.
public struct ServiceLimits: Sendable {
    /// The default largest body: 1 MB (10^6 bytes), far above any patient file or query.
    public static let defaultMaxBodyBytes = 1_000_000

    /// The limits of each query.
    public var query: QueryOptions
    /// The largest request body (HTTP) or patient text (MCP), in bytes.
    public var maxBodyBytes: Int

    public init(query: QueryOptions = QueryOptions(), maxBodyBytes: Int = ServiceLimits.defaultMaxBodyBytes) {
        self.query = query
        self.maxBodyBytes = maxBodyBytes
    }
}
