import EvidenceGraphQuery

/// The `evg query --format json` contract, version 1, as a `Codable` value — the one place
/// that defines it (``ResultJSON`` encodes it with ``ContractJSON``):
/// `{"columns": [names…], "plan": "<text>", "profile": "<text>", "rows": [[value, …], …], "version": 1}`.
///
/// - `plan` only for `EXPLAIN` (which has no rows), `profile` only for `PROFILE` (the plan with
///   rows and time per operator); a plain query has neither.
/// - A cell is the value in JSON (``ResultJSON/json(_:in:)``): a node
///   `{"id": "<its XML id>", "labels": […], "properties": {…}}`, a relationship
///   `{"end": "<id>", "properties": {…}, "start": "<id>", "type": …}`, a path
///   `{"nodes": […], "relationships": […]}`, a map an object; numbers are JSON numbers (a
///   float with no fraction prints as a whole number: `1.0` → `1`), except the floats JSON
///   cannot hold, which are the strings `"NaN"`, `"Infinity"` and `"-Infinity"`; null is
///   null; temporal values their ISO 8601 text.
/// - Object members are sorted by key.
public struct QueryResultDocument: Codable, Sendable, Hashable {
    /// The contract's version: `version` in every document written.
    public static let currentVersion = 1

    /// The contract version the document was written for (``currentVersion`` when written by this
    /// library).
    public var version: Int
    /// The result column names, in `RETURN` order.
    public var columns: [String]
    /// The rows, one JSON value per column, in column order.
    public var rows: [[JSONValue]]
    /// The plan of an `EXPLAIN` query.
    public var plan: String?
    /// The plan of a `PROFILE` query, with rows and time per operator.
    public var profile: String?

    /// A document from its parts (for readers and tests); ``init(_:)`` builds one from a query result.
    public init(version: Int = currentVersion, columns: [String], rows: [[JSONValue]], plan: String? = nil, profile: String? = nil) {
        self.version = version
        self.columns = columns
        self.rows = rows
        self.plan = plan
        self.profile = profile
    }

    /// The document of a query result; nodes and relationships are read from `result.graph`.
    public init(_ result: QueryResult) {
        self.init(
            columns: result.columns,
            rows: result.rows.map { row in row.map { ResultJSON.json($0, in: result.graph) } },
            plan: result.profiled ? nil : result.plan,
            profile: result.profiled ? result.plan : nil)
    }
}
