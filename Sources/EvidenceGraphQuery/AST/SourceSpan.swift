/// A position in query text: a 0-based offset in Unicode scalars plus the 1-based line and
/// column (columns count characters, not bytes, so carets line up under Cyrillic text).
struct SourcePosition: Sendable, Hashable, CustomStringConvertible {
    /// 0-based index into the query's Unicode scalars.
    var offset: Int
    /// 1-based line.
    var line: Int
    /// 1-based column, in Unicode scalars from the start of the line.
    var column: Int

    /// The position before the first character.
    static let start = SourcePosition(offset: 0, line: 1, column: 1)

    /// `line:column`.
    var description: String { "\(line):\(column)" }
}

/// The stretch of query text an AST node was parsed from: `start` inclusive, `end` exclusive.
///
/// Spans are metadata: they never take part in equality or hashing, so two AST nodes parsed
/// from differently laid-out text compare equal when their structure is equal (this is what
/// the aggregation rules use to match `ORDER BY n.x` against a projected `n.x`).
struct SourceSpan: Sendable, Hashable, CustomStringConvertible {
    var start: SourcePosition
    var end: SourcePosition

    init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    /// An empty span at `position`.
    init(at position: SourcePosition) {
        self.init(start: position, end: position)
    }

    /// The span covering both `self` and `other`.
    func union(_ other: SourceSpan) -> SourceSpan {
        SourceSpan(start: start.offset <= other.start.offset ? start : other.start,
                   end: end.offset >= other.end.offset ? end : other.end)
    }

    static func == (_: SourceSpan, _: SourceSpan) -> Bool { true }
    func hash(into hasher: inout Hasher) {}

    var description: String { start.description }
}
