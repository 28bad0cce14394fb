/// The committed list of case ids that pass; a case on it that stops passing is a regression.
/// One id a line, sorted; `#` starts a comment line.
package struct PassingList: Sendable, Hashable {
    /// The ids.
    package var ids: Set<String>

    /// A list holding `ids`.
    package init(ids: Set<String>) { self.ids = ids }

    /// Reads the list's text.
    package init(text: String) {
        ids = Set(text.split(whereSeparator: \.isNewline).map { $0.trimmingSpaces() }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }.map(String.init))
    }

    /// The list's text: a header comment and the ids in sorted order.
    package var text: String {
        var out = "# openCypher TCK cases that pass (ids: feature path: scenario name (example row)).\n"
        out += "# Regenerate with `swift run evg-tck --update-passing`; the EvidenceGraphTCKTests fail if one stops passing.\n"
        for id in ids.sorted() { out += id + "\n" }
        return out
    }

    /// The listed ids that did not pass in `results` (failed, skipped, or no longer in the TCK).
    package func regressions(in results: [CaseResult]) -> [String] {
        var passed = Set<String>()
        for result in results where result.outcome.isPassed { passed.insert(result.testCase.id) }
        return ids.subtracting(passed).sorted()
    }
}
