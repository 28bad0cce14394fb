/// What a `Then the result should be …` step expects.
package struct ExpectedResult: Sendable {
    /// The header row.
    package var columns: [String]
    /// The value rows, aligned with `columns`.
    package var rows: [[TCKValue]]
    /// `in order` rather than `in any order`.
    package var ordered: Bool
    /// `ignoring element order for lists`.
    package var listsUnordered: Bool

    /// Creates an expectation.
    package init(columns: [String], rows: [[TCKValue]], ordered: Bool, listsUnordered: Bool) {
        self.columns = columns
        self.rows = rows
        self.ordered = ordered
        self.listsUnordered = listsUnordered
    }

    /// Reads a result table: the header row, then rows of values in the TCK notation.
    package init(table: [[String]], ordered: Bool, listsUnordered: Bool) throws(TCKValueParseError) {
        var rows: [[TCKValue]] = []
        for row in table.dropFirst() {
            var values: [TCKValue] = []
            for cell in row { values.append(try TCKValueParser.parse(cell)) }
            rows.append(values)
        }
        self.init(columns: table.first ?? [], rows: rows, ordered: ordered, listsUnordered: listsUnordered)
    }
}

/// Compares an engine's result, already described structurally, with the expected table,
/// as the TCK's own runner does: the column names must be the header's, in its order; rows
/// compare as a multiset, or as a sequence for `in order`; values compare structurally
/// (labels as sets, maps by key, integers never equal floats, floats exactly, `NaN` equal to
/// `NaN`).
package enum ResultComparator {
    /// `nil` when `columns`/`rows` match `expected`, else why not.
    package static func compare(_ expected: ExpectedResult, columns: [String], rows: [[TCKValue]]) -> TCKFailure? {
        guard columns == expected.columns else {
            let sameNames = columns.count == expected.columns.count && Set(columns) == Set(expected.columns)
            return TCKFailure(
                cause: sameNames ? "columns in the wrong order" : "wrong column names",
                detail: "expected columns \(expected.columns), got \(columns)")
        }
        if let bad = rows.first(where: { $0.count != columns.count }) {
            return TCKFailure(cause: "rows do not match the columns",
                              detail: "a row of \(bad.count) value(s) under \(columns.count) column(s)")
        }
        let expectedKeys = expected.rows.map { key($0, expected.listsUnordered) }
        let actualKeys = rows.map { key($0, expected.listsUnordered) }

        if expected.ordered {
            if expectedKeys == actualKeys { return nil }
        } else if expectedKeys.sorted() == actualKeys.sorted() {
            return nil
        }
        return mismatch(expected, expectedKeys: expectedKeys, actualRows: rows, actualKeys: actualKeys)
    }

    private static func key(_ row: [TCKValue], _ listsUnordered: Bool) -> String {
        row.map { $0.canonical(listsUnordered: listsUnordered) }.joined(separator: "\u{1}")
    }

    private static func mismatch(_ expected: ExpectedResult, expectedKeys: [String], actualRows: [[TCKValue]],
                                 actualKeys: [String]) -> TCKFailure {
        var detail = "expected \(expected.rows.count) row(s)\(expected.ordered ? " in order" : ""):\n"
        detail += render(expected.columns, expected.rows)
        detail += "\ngot \(actualRows.count) row(s):\n" + render(expected.columns, actualRows)
        let cause: String
        if expected.ordered, expectedKeys.sorted() == actualKeys.sorted() {
            cause = "rows in the wrong order"
        } else if expectedKeys.count != actualKeys.count {
            cause = "wrong number of rows"
        } else {
            cause = "wrong values"
        }
        return TCKFailure(cause: cause, detail: detail)
    }

    /// A few rows in the TCK's table notation (at most 12, then a count of the rest).
    static func render(_ columns: [String], _ rows: [[TCKValue]]) -> String {
        var lines = ["  | " + columns.joined(separator: " | ") + " |"]
        for row in rows.prefix(12) {
            lines.append("  | " + row.map(\.description).joined(separator: " | ") + " |")
        }
        if rows.count > 12 { lines.append("  … \(rows.count - 12) more") }
        return lines.joined(separator: "\n")
    }
}
