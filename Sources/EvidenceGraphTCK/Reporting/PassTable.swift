/// Passed / failed / skipped counts per TCK folder (`clauses/match`, `expressions/list`, …).
package struct PassTable: Sendable, Hashable {
    /// One folder's counts.
    package struct Row: Sendable, Hashable {
        package var folder: String
        package var passed = 0
        package var failed = 0
        package var skipped = 0
        package var total: Int { passed + failed + skipped }
    }

    /// Rows sorted by folder.
    package var rows: [Row]

    /// The sum over all folders.
    package var total: Row {
        rows.reduce(into: Row(folder: "total")) { sum, row in
            sum.passed += row.passed
            sum.failed += row.failed
            sum.skipped += row.skipped
        }
    }

    /// Counts `results` by folder.
    package init(_ results: [CaseResult]) {
        var byFolder: [String: Row] = [:]
        for result in results {
            let folder = result.testCase.folder
            var row = byFolder[folder] ?? Row(folder: folder)
            switch result.outcome {
            case .passed: row.passed += 1
            case .failed: row.failed += 1
            case .skipped: row.skipped += 1
            }
            byFolder[folder] = row
        }
        rows = byFolder.values.sorted { $0.folder < $1.folder }
    }

    /// An aligned plain-text table for a terminal.
    package var text: String {
        let width = max(6, (rows.map(\.folder.count).max() ?? 0))
        func line(_ cells: [String]) -> String {
            cells[0].padding(width) + cells.dropFirst().map { $0.leftPadding(8) }.joined()
        }
        var lines = [line(["folder", "passed", "failed", "skipped", "total"])]
        for row in rows + [total] {
            if row.folder == "total" { lines.append(String(repeating: "-", count: width + 32)) }
            lines.append(line([row.folder, String(row.passed), String(row.failed), String(row.skipped), String(row.total)]))
        }
        return lines.joined(separator: "\n")
    }

    /// A Markdown table.
    package var markdown: String {
        var lines = ["| folder | passed | failed | skipped | total |", "|---|---:|---:|---:|---:|"]
        for row in rows {
            lines.append("| \(row.folder) | \(row.passed) | \(row.failed) | \(row.skipped) | \(row.total) |")
        }
        let t = total
        lines.append("| **total** | **\(t.passed)** | **\(t.failed)** | **\(t.skipped)** | **\(t.total)** |")
        return lines.joined(separator: "\n")
    }
}

extension String {
    func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
    func leftPadding(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
