/// Caller-imposed limits on one query, so that an embedding host cannot be hung by it.
///
/// Every limit is off by default in the library (`nil`); the `evg` command line sets a
/// default budget (see `docs/reliability.md`). `Graph.query(_:parameters:options:)`
/// checks the values with ``validate()`` before it runs anything.
public struct QueryOptions: Sendable {
    /// Wall-clock budget in seconds; `nil` for none. Must be finite, greater than 0 and at
    /// most `maximumTimeout`.
    public var timeout: Double?
    /// Maximum number of result rows; exceeding it is an error, not a silent cut. Must not
    /// be negative.
    public var maxRows: Int?
    /// Maximum bytes the query may hold at once in intermediate state: rows buffered by
    /// sorts and result collection, collected and constructed lists, `DISTINCT` keys and
    /// aggregation states (an estimate of payload bytes, see `MemoryEstimate`). Exceeding
    /// it raises `LimitExceeded` with detail `MemoryLimitExceeded`. Must be greater than 0.
    public var maxMemory: Int?
    /// Checked between rows; set it from another thread to cancel.
    public var cancellation: CancellationFlag?

    /// The longest timeout accepted: one year, in seconds. (Larger values gain nothing and
    /// once overflowed the nanosecond deadline.)
    public static let maximumTimeout: Double = 365 * 24 * 3600

    /// Limits for one query; every one is off unless given. Values are checked when the query runs
    /// (``validate()``), not here.
    public init(timeout: Double? = nil, maxRows: Int? = nil, maxMemory: Int? = nil, cancellation: CancellationFlag? = nil) {
        self.timeout = timeout
        self.maxRows = maxRows
        self.maxMemory = maxMemory
        self.cancellation = cancellation
    }

    /// Checks that every limit is in range.
    /// - Throws: ``QueryError`` `ArgumentError` / `InvalidQueryOption` naming the option,
    ///   e.g. for a timeout that is negative, zero, infinite, NaN or above `maximumTimeout`.
    public func validate() throws(QueryError) {
        if let timeout, !(timeout > 0 && timeout <= Self.maximumTimeout) {
            throw .invalidOption("timeout must be a number of seconds greater than 0 and at most \(Int(Self.maximumTimeout)), got \(timeout)")
        }
        if let maxRows, maxRows < 0 {
            throw .invalidOption("maxRows must not be negative, got \(maxRows)")
        }
        if let maxMemory, maxMemory <= 0 {
            throw .invalidOption("maxMemory must be a number of bytes greater than 0, got \(maxMemory)")
        }
    }
}

extension QueryError {
    /// A ``QueryOptions`` value out of range.
    static func invalidOption(_ message: String) -> QueryError {
        QueryError(code: .argumentError, detail: .invalidQueryOption, phase: .compileTime, message: message)
    }

    /// The query held more intermediate data than ``QueryOptions/maxMemory`` allows.
    static func memoryLimitExceeded(limit: Int) -> QueryError {
        .limitExceeded("the query held more than \(MemoryEstimate.describe(limit)) of intermediate data "
                       + "(buffered rows, lists, sort and aggregation state)", detail: .memoryLimitExceeded)
    }
}
