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

    init(graph: Graph, options: QueryOptions, profiling: Bool) {
        self.graph = graph
        self.options = options
        self.profiling = profiling
        self.deadline = options.timeout.map { ContinuousClock.now.advanced(by: .nanoseconds(Int64($0 * 1e9))) }
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
            throw .limitExceeded("the query ran longer than its timeout of \(options.timeout ?? 0) s", detail: "Timeout")
        }
    }
}
