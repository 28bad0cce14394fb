import EvidenceGraphCore

/// The mutable state of one query execution. Each `Graph.query` call makes its own, so
/// concurrent queries share nothing mutable.
final class ExecutionContext {
    /// The graph operators read; replaced by the new graph after each write (`CREATE`,
    /// `MERGE`, `SET`, `REMOVE`, `DELETE`).
    var graph: Graph {
        didSet { generation += 1 }
    }
    /// Bumped whenever `graph` is replaced, so operators re-resolve label and type symbols.
    private(set) var generation = 0
    let options: QueryOptions
    let profiling: Bool
    /// Properties of nodes a running `CREATE` has added but not yet frozen into `graph`
    /// (so `CREATE (a {id: 0}), ({ref: a.id})` can read them).
    var pendingNodeProperties: [Int32: [(String, PropertyValue)]] = [:]
    /// What writing clauses changed.
    var statistics = QueryStatistics()
    /// The renumberings deletions made, in order (rows held outside the deleting clause
    /// apply them: the rows of earlier `UNION` branches).
    var remappings: [ElementRemapping] = []
    private let deadline: ContinuousClock.Instant?
    private var ticks = 0
    /// The memory budget in bytes (``QueryOptions/maxMemory``); `nil` for none.
    let memoryLimit: Int?
    /// Bytes of intermediate state held now, as charged by ``hold(_:)``.
    private(set) var heldBytes = 0

    init(graph: Graph, options: QueryOptions, profiling: Bool) {
        self.graph = graph
        self.options = options
        self.profiling = profiling
        self.memoryLimit = options.maxMemory
        // `QueryOptions.validate()` bounds the timeout; the clamp keeps a context made from
        // unvalidated options from trapping on the conversion.
        self.deadline = options.timeout.map { t in
            let seconds = t.isFinite ? min(max(t, 0), QueryOptions.maximumTimeout) : QueryOptions.maximumTimeout
            return ContinuousClock.now.advanced(by: .nanoseconds(Int64(seconds * 1e9)))
        }
    }

    /// Whether memory is accounted (a budget is set); callers skip estimating otherwise.
    @inline(__always)
    var tracksMemory: Bool { memoryLimit != nil }

    /// Charges `bytes` of intermediate state held from now on.
    /// - Throws: `LimitExceeded` / `MemoryLimitExceeded` when the budget is exceeded.
    @inline(__always)
    func hold(_ bytes: Int) throws(QueryError) {
        guard let memoryLimit else { return }
        heldBytes &+= bytes
        if heldBytes > memoryLimit { throw .memoryLimitExceeded(limit: memoryLimit) }
    }

    /// Returns `bytes` charged earlier with ``hold(_:)``.
    @inline(__always)
    func release(_ bytes: Int) {
        guard memoryLimit != nil else { return }
        heldBytes &-= bytes
    }

    /// Checks that `bytes` more would fit, without charging them (before an allocation
    /// whose size is known in advance, such as `range()`).
    func checkFits(_ bytes: Int) throws(QueryError) {
        guard let memoryLimit else { return }
        if bytes > memoryLimit - heldBytes { throw .memoryLimitExceeded(limit: memoryLimit) }
    }

    /// Called by operators for every unit of work; every 1024 calls checks cancellation and
    /// the deadline.
    @inline(__always)
    func tick() throws(QueryError) {
        ticks &+= 1
        if ticks & 1023 == 0, hasLimits { try checkLimits() }
    }

    /// Whether there is anything to check (a deadline or a cancellation flag).
    private var hasLimits: Bool { deadline != nil || options.cancellation != nil }

    /// Checks cancellation and the deadline now.
    func checkLimits() throws(QueryError) {
        if let flag = options.cancellation, flag.isCancelled { throw .cancelled }
        if let deadline, ContinuousClock.now >= deadline {
            throw .limitExceeded("the query ran longer than its timeout of \(options.timeout ?? 0) s", detail: .timeout)
        }
    }
}
