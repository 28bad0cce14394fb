/// # The query AST — the contract between the front end and the planner/executor
///
/// Pipeline (all internal to `EvidenceGraphQuery`):
/// ```swift
/// let statement: Statement = try QueryParser.parse(text)                    // SyntaxError …
/// let analyzed: AnalyzedStatement = try SemanticAnalyzer.analyze(statement) // scopes, kinds, rules
/// analyzed.columns        // result column names (`RETURN n.name` → "n.name")
/// analyzed.variableKinds  // node / relationship / relationshipList / path / value, by binding offset
/// let same = try SemanticAnalyzer.compile(text)                            // both, one worker thread
/// ```
/// Both throw `QueryError` (phase `.compileTime`, class `SyntaxError` — or `TypeError` for a
/// property lookup on a scalar — with the TCK detail code) carrying the 1-based line and column
/// of the offending token; `QueryError.rendered(in:)` (API/QueryError+Rendering.swift) draws
/// the caret. Both run on a private large-stack thread (Syntax/LargeStack.swift) and cap
/// nesting (`Parser.maximumDepth`), so no input can crash them.
///
/// Shape of the tree (files in this folder):
/// - `Statement` — `EXPLAIN`/`PROFILE` mode + a `QueryBody`.
/// - `QueryBody` — one `SingleQuery` or several joined by `UNION` / `UNION ALL`.
/// - `SingleQuery` — an ordered list of `Clause`s (Clause.swift).
/// - `Clause` — MATCH, OPTIONAL MATCH, UNWIND, WITH, RETURN, CREATE, MERGE, SET, DELETE,
///   REMOVE; projections (WITH/RETURN) share `Projection`, whose `ProjectionItem.text` keeps
///   the source text of each item (the column name when there is no alias).
/// - `Pattern` (Pattern.swift) — comma-separated `PatternPart`s, each an optional path
///   variable and a `PatternElement`: a `NodePattern` followed by (`RelationshipPattern`,
///   `NodePattern`) steps. Relationship directions are relative to the written order.
/// - `Expression` (Expression.swift) — a struct holding an `indirect enum ExpressionKind` and
///   its `SourceSpan`; `Expression+Traversal.swift` gives `children` and `visit`.
/// - `AnalyzedStatement`, `VariableKind`, `FunctionCatalog` (AnalyzedStatement.swift) — what
///   analysis resolves; `containsAggregate` tells aggregating projections apart.
/// - `DebugPrinter` — canonical, fully parenthesized text (tests, plan output); printing and
///   re-parsing gives an equal tree.
///
/// All nodes are value types; every node carries a `span` (SourceSpan.swift), which is
/// ignored by `==`. The parser desugars two things only: comparison chains
/// (`a < b < c` becomes `a < b AND b < c`) and a minus directly before a number literal
/// (`-1` is the literal −1). Keywords are case-insensitive; names keep their case.
struct Statement: Sendable, Hashable {
    /// How the statement is to be run.
    enum Mode: Sendable, Hashable {
        case run
        /// `EXPLAIN …`: plan only.
        case explain
        /// `PROFILE …`: run and report rows/time per operator.
        case profile
    }

    var mode: Mode
    var body: QueryBody
    var span: SourceSpan
}

/// A query: one single query, or several combined by `UNION` / `UNION ALL`.
struct QueryBody: Sendable, Hashable {
    /// One `UNION [ALL] <query>` continuation.
    struct UnionPart: Sendable, Hashable {
        /// `true` for `UNION ALL` (keep duplicates).
        var isAll: Bool
        var query: SingleQuery
        /// The span of the `UNION` keyword(s).
        var span: SourceSpan
    }

    var first: SingleQuery
    /// Empty for a query without `UNION`.
    var unions: [UnionPart]

    /// All single queries in order.
    var queries: [SingleQuery] { [first] + unions.map(\.query) }
}

/// A sequence of clauses, normally ending in `RETURN` (or a writing clause).
struct SingleQuery: Sendable, Hashable {
    var clauses: [Clause]
    var span: SourceSpan
}
