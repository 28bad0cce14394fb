/// A Markdown report of a run: the pass table and the failures grouped by cause, most
/// common first, each with example case ids and the first one's details.
package struct FailureReport: Sendable {
    /// Failures sharing a cause.
    package struct Group: Sendable {
        package var cause: String
        package var ids: [String]
        package var firstDetail: String
    }

    package var run: TCKRunResult
    /// Groups sorted by size, largest first.
    package var groups: [Group]

    /// Groups the failures of `run`.
    package init(_ run: TCKRunResult) {
        self.run = run
        var byCause: [String: Group] = [:]
        var order: [String] = []
        for result in run.results {
            guard case .failed(let failure) = result.outcome else { continue }
            if byCause[failure.cause] == nil {
                byCause[failure.cause] = Group(cause: failure.cause, ids: [], firstDetail: failure.detail)
                order.append(failure.cause)
            }
            byCause[failure.cause]!.ids.append(result.testCase.id)
        }
        groups = order.map { byCause[$0]! }.sorted { $0.ids.count > $1.ids.count }
    }

    /// The report; `title` and `notes` lines go on top.
    package func markdown(title: String, notes: [String] = [], maxGroups: Int = 60) -> String {
        var out = "# \(title)\n\n"
        for note in notes { out += note + "\n" }
        out += "\nFull run: \(run.results.count) cases in \(Self.format(run.seconds)) s.\n\n"
        out += run.table.markdown + "\n\n## Failure causes (most common first)\n\n"
        out += "| cases | cause | examples |\n|---:|---|---|\n"
        for group in groups.prefix(maxGroups) {
            let examples = group.ids.prefix(2).map { "`\($0)`" }.joined(separator: "<br>")
            out += "| \(group.ids.count) | \(Self.cell(group.cause)) | \(Self.cell(examples)) |\n"
        }
        if groups.count > maxGroups {
            out += "\n\(groups.count - maxGroups) rarer causes (\(groups.dropFirst(maxGroups).map(\.ids.count).reduce(0, +)) cases) not shown.\n"
        }
        out += "\n## Details of the first example of the top causes\n"
        for group in groups.prefix(20) {
            out += "\n### \(group.cause) (\(group.ids.count))\n\n`\(group.ids[0])`\n\n```\n\(String(group.firstDetail.prefix(1500)))\n```\n"
        }
        return out
    }

    static func cell(_ text: String) -> String {
        text.replacingEvery("|", with: "\\|").replacingEvery("\n", with: " ")
    }

    static func format(_ seconds: Double) -> String {
        let tenths = Int((seconds * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
