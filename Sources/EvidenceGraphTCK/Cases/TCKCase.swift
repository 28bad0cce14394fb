/// One runnable TCK case: a scenario, or one row of a scenario outline's examples, with the
/// feature's background steps in front and every `<placeholder>` filled in.
package struct TCKCase: Sendable, Hashable {
    /// A stable id: the feature path, the scenario name as written (placeholders left in) and,
    /// for an outline, the 1-based example row counted across all its `Examples:` blocks:
    /// `expressions/list/List1.feature: [6] Fail when indexing a non-list #Example: <exampleName> (example 2)`.
    package var id: String
    /// The feature's path relative to `features/`.
    package var featurePath: String
    /// The folder the feature lies in, e.g. `clauses/match`; the unit of the pass table.
    package var folder: String
    /// The scenario name with placeholders filled in.
    package var name: String
    /// The 1-based example row for an outline; `nil` for a plain scenario.
    package var exampleIndex: Int?
    /// The feature's, the scenario's and the examples block's tags.
    package var tags: [String]
    /// Background steps followed by the scenario's steps.
    package var steps: [GherkinStep]
    /// 1-based line of the scenario in its feature file.
    package var line: Int

    /// Creates a case.
    package init(id: String, featurePath: String, folder: String, name: String, exampleIndex: Int?,
                tags: [String], steps: [GherkinStep], line: Int) {
        self.id = id
        self.featurePath = featurePath
        self.folder = folder
        self.name = name
        self.exampleIndex = exampleIndex
        self.tags = tags
        self.steps = steps
        self.line = line
    }

    /// The stable id of a scenario (or of one example row of an outline).
    package static func id(featurePath: String, scenarioName: String, exampleIndex: Int?) -> String {
        let base = featurePath + ": " + scenarioName
        return exampleIndex.map { base + " (example \($0))" } ?? base
    }

    /// The folder part of a feature path (`clauses/match/Match1.feature` → `clauses/match`).
    package static func folder(of featurePath: String) -> String {
        guard let slash = featurePath.lastIndex(of: "/") else { return "." }
        return String(featurePath[..<slash])
    }
}
