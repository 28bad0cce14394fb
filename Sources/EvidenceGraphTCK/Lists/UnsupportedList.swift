/// The committed list of TCK features the engine deliberately does not support; the only way
/// a case is skipped. One entry a line, `pattern | reason`; `#` starts a comment line.
///
/// A pattern is a tag (`@ignore`), a folder (`clauses/merge`), a feature file
/// (`clauses/match/Match9.feature`), a scenario (`…feature: [3] Name`, all its example rows)
/// or one case id (`… (example 2)`).
///
/// ```text
/// clauses/merge       | MERGE is not part of the query language (issue 3 asks for CREATE only)
/// @ignore             | marked @ignore by the TCK itself
/// ```
package struct UnsupportedList: Sendable, Hashable {
    /// One entry.
    package struct Entry: Sendable, Hashable {
        package var pattern: String
        package var reason: String
        /// 1-based line in the list file.
        package var line: Int
    }

    package var entries: [Entry]

    /// An empty list: nothing skipped.
    package init() { entries = [] }

    /// Reads the list's text; lines without a `|` and a reason are errors.
    package init(text: String) throws(GherkinError) {
        entries = []
        for (number, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = raw.trimmingSpaces()
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let bar = line.firstIndex(of: "|"),
                  case let pattern = line[..<bar].trimmingSpaces(), !pattern.isEmpty,
                  case let reason = line[line.index(after: bar)...].trimmingSpaces(), !reason.isEmpty
            else {
                throw GherkinError(path: "unsupported list", line: number + 1, message: "expected 'pattern | reason'")
            }
            entries.append(Entry(pattern: String(pattern), reason: String(reason), line: number + 1))
        }
    }

    /// The entry that skips `testCase`, if any (the first one listed).
    package func entry(skipping testCase: TCKCase) -> Entry? {
        entries.first { Self.matches($0.pattern, testCase) }
    }

    /// Entries that skip none of `cases` (stale lines worth removing).
    package func unusedEntries(in cases: [TCKCase]) -> [Entry] {
        entries.filter { entry in !cases.contains { Self.matches(entry.pattern, $0) } }
    }

    static func matches(_ pattern: String, _ testCase: TCKCase) -> Bool {
        if pattern.hasPrefix("@") { return testCase.tags.contains(pattern) }
        let id = testCase.id
        guard id.hasPrefix(pattern) else { return false }
        let rest = id.dropFirst(pattern.count)
        return rest.isEmpty || rest.hasPrefix("/") || rest.hasPrefix(": ") || rest.hasPrefix(" (example ")
    }
}
