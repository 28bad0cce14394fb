/// One runnable TCK case: a scenario, or one row of a scenario outline's examples, with the
/// feature's background steps in front and every `<placeholder>` filled in.
public struct TCKCase: Sendable, Hashable {
    /// A stable id: the feature path, the scenario name as written (placeholders left in) and,
    /// for an outline, the 1-based example row counted across all its `Examples:` blocks:
    /// `expressions/list/List1.feature: [6] Fail when indexing a non-list #Example: <exampleName> (example 2)`.
    public var id: String
    /// The feature's path relative to `features/`.
    public var featurePath: String
    /// The folder the feature lies in, e.g. `clauses/match`; the unit of the pass table.
    public var folder: String
    /// The scenario name with placeholders filled in.
    public var name: String
    /// The 1-based example row for an outline; `nil` for a plain scenario.
    public var exampleIndex: Int?
    /// The feature's, the scenario's and the examples block's tags.
    public var tags: [String]
    /// Background steps followed by the scenario's steps.
    public var steps: [GherkinStep]
    /// 1-based line of the scenario in its feature file.
    public var line: Int

    /// Creates a case.
    public init(id: String, featurePath: String, folder: String, name: String, exampleIndex: Int?,
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
    public static func id(featurePath: String, scenarioName: String, exampleIndex: Int?) -> String {
        let base = featurePath + ": " + scenarioName
        return exampleIndex.map { base + " (example \($0))" } ?? base
    }

    /// The folder part of a feature path (`clauses/match/Match1.feature` → `clauses/match`).
    public static func folder(of featurePath: String) -> String {
        guard let slash = featurePath.lastIndex(of: "/") else { return "." }
        return String(featurePath[..<slash])
    }
}
