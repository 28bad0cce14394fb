import EvidenceGraphCore

/// A thread-safe flag a host sets to cancel a running query.
public final class CancellationFlag: @unchecked Sendable {
    private let lock = NSLockLike()
    private var cancelled = false
    /// A flag that is not set.
    public init() {}
    /// Requests cancellation.
    public func cancel() { lock.withLock { cancelled = true } }
    /// Whether cancellation was requested.
    public var isCancelled: Bool { lock.withLock { cancelled } }
}

/// The answer to a query: named columns and rows of values. For a query that wrote
/// (`CREATE`, `MERGE`, `SET`, `REMOVE`, `DELETE`), `graph` is the new frozen graph;
/// otherwise it is the graph queried.
/// Node and relationship values index into `graph`.
public struct QueryResult: Sendable {
    /// The result column names, in `RETURN` order (empty for a query without `RETURN`).
    public var columns: [String]
    /// The result rows; each has one value per column, in column order.
    public var rows: [[Value]]
    /// The graph the node and relationship values index into: the new graph after a write, else the
    /// graph queried.
    public var graph: Graph
    /// Counts of what a writing query changed.
    public var statistics: QueryStatistics
    /// Plan text for `EXPLAIN` / `PROFILE` queries, else `nil`.
    public var plan: String?
    /// `true` for a `PROFILE` query: it ran, and `plan` carries rows and time per operator.
    /// An `EXPLAIN` query has a `plan` but did not run (no rows).
    public var profiled: Bool

    /// A result with these columns and rows; `statistics`, `plan` and `profiled` default to a read-only
    /// query that is not `EXPLAIN`/`PROFILE`.
    public init(columns: [String], rows: [[Value]], graph: Graph, statistics: QueryStatistics = .init(), plan: String? = nil,
                profiled: Bool = false) {
        self.columns = columns
        self.rows = rows
        self.graph = graph
        self.statistics = statistics
        self.plan = plan
        self.profiled = profiled
    }
}

/// What a writing query changed.
public struct QueryStatistics: Sendable, Hashable {
    /// Nodes made by `CREATE` / `MERGE`.
    public var nodesCreated = 0
    /// Relationships made by `CREATE` / `MERGE`.
    public var relationshipsCreated = 0
    /// Properties written by `CREATE` / `MERGE` and `SET` (a `SET` to `null`, which removes the
    /// property, counts too; `REMOVE n.key` does not).
    public var propertiesSet = 0
    /// Labels put on nodes by `CREATE` / `MERGE` and `SET n:Label` (a label the node already had
    /// does not count).
    public var labelsAdded = 0
    /// Nodes removed by `DELETE` / `DETACH DELETE`.
    public var nodesDeleted = 0
    /// Relationships removed by `DELETE`, including those a `DETACH DELETE` took along.
    public var relationshipsDeleted = 0
    /// Labels taken off nodes by `REMOVE n:Label`.
    public var labelsRemoved = 0
    /// No changes (the statistics of a read-only query).
    public init() {}
}

/// A query failure, with the phase and class openCypher's TCK uses, and where in the query
/// text it arose (1-based line and column).
///
/// Match it by `code` and `detailCode`:
///
/// ```swift
/// do { _ = try graph.query(text) } catch where error.code == .syntaxError {
///     print("\(error.line):\(error.column): \(error.detailCode)")   // 1:8: UnknownFunction
/// }
/// ```
public struct QueryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// When the error was detected.
    public enum Phase: String, Sendable, Hashable {
        /// Found while parsing, analysing or planning the query, before it read the graph.
        case compileTime = "compile time"
        /// Found while the query ran.
        case runtime = "runtime"
    }
    /// The error class, for `switch` and `==` (`error.code == .syntaxError`).
    public var code: Code
    /// The detail, for `switch` and `==` (`error.detailCode == .unknownFunction`).
    public var detailCode: DetailCode
    /// The TCK error class as a string id: `SyntaxError`, `SemanticError`, `TypeError`,
    /// `ArgumentError`, `ArithmeticError`, `ConstraintVerificationFailed`, `ParameterMissing`,
    /// or this engine's `LimitExceeded` / `Cancelled` (`Code/rawValue`).
    public var errorClass: String { code.rawValue }
    /// The TCK detail code as a string id, e.g. `UndefinedVariable`, `InvalidArgumentType`
    /// (`DetailCode/rawValue`).
    public var detail: String { detailCode.rawValue }
    /// When the error was detected.
    public var phase: Phase
    /// What went wrong; input it echoes is bounded (`EchoText.boundedMessage(_:limit:tail:)`).
    public var message: String
    /// The 1-based line in the query text, or 0 when the error has no position (most runtime errors).
    public var line: Int
    /// The 1-based column (in characters) in the query text, or 0 when the error has no position.
    public var column: Int

    /// An error; `message` is bounded (`EchoText.boundedMessage(_:limit:tail:)`) so that echoed input
    /// cannot make it huge.
    public init(code: Code, detail: DetailCode, phase: Phase, message: String, line: Int = 0, column: Int = 0) {
        self.code = code
        self.detailCode = detail
        self.phase = phase
        self.message = EchoText.boundedMessage(message)
        self.line = line
        self.column = column
    }

    /// `line:column: Class: message`, or `Class: message` without a position.
    public var description: String {
        line > 0 ? "\(line):\(column): \(errorClass): \(message)" : "\(errorClass): \(message)"
    }
}

extension Graph {
    /// Runs a Cypher-style query against this graph.
    ///
    /// ```swift
    /// let result = try graph.query("MATCH (d:Drug)-[:TARGETS]->(t) WHERE t.name = $t RETURN d.name",
    ///                              parameters: ["t": .string("mTOR")])
    /// ```
    /// Safe to call from many threads at once on the same graph.
    ///
    /// - Complexity: Compiling is linear in the length of `text` (every call parses and plans
    ///   anew; there is no plan cache). Running depends on the plan (`EXPLAIN` shows it): each
    ///   pattern starts from the cheapest seek — `id(n) = …` is a hash lookup, `{key: value}` on
    ///   an indexed key O(1) expected plus the matches, a label scan O(nodes with the label),
    ///   else all N nodes — and each expansion costs O(log degree + matches) per bound node;
    ///   `ORDER BY` sorts in O(r log r) for r rows. A write rebuilds the graph: O(N + M).
    ///
    /// `EXPLAIN …` returns no rows and the plan in ``QueryResult/plan``; `PROFILE …` runs the
    /// query and adds rows and time per operator to the plan. A query that writes (`CREATE`,
    /// `MERGE`, `SET`, `REMOVE`, `DELETE`) returns the new graph in ``QueryResult/graph``;
    /// `self` is never changed.
    ///
    /// - Throws: ``QueryError``: compile-time errors (`SyntaxError`, `SemanticError`,
    ///   `ParameterMissing`) with line and column; runtime errors (`TypeError`,
    ///   `ArgumentError`, `ArithmeticError`); `LimitExceeded` when `options.timeout` or
    ///   `options.maxRows` is exceeded, `LimitExceeded` (`MemoryLimitExceeded`) when the
    ///   query holds more than `options.maxMemory` bytes; `Cancelled` when
    ///   `options.cancellation` is set; `ArgumentError` (`InvalidQueryOption`) when an option
    ///   is out of range (see ``QueryOptions/validate()``).
    public func query(_ text: String, parameters: [String: Value] = [:], options: QueryOptions = .init()) throws(QueryError) -> QueryResult {
        try options.validate()
        let analyzed = try SemanticAnalyzer.compile(text)
        return try StatementRunner(graph: self, parameters: parameters, options: options, text: text).run(analyzed)
    }
}
