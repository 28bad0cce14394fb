/// One parsed `.feature` file: the subset of Gherkin the openCypher TCK uses.
///
/// ```gherkin
/// Feature: Match1 - Match nodes
///   Scenario: [1] Match non-existent nodes returns empty
///     Given an empty graph
///     When executing query:
///       """
///       MATCH (n) RETURN n
///       """
///     Then the result should be, in any order:
///       | n |
/// ```
package struct GherkinFeature: Sendable, Hashable {
    /// The feature's path relative to the TCK's `features/` folder, e.g. `clauses/match/Match1.feature`.
    package var path: String
    /// The text after `Feature:`.
    package var name: String
    /// Tags written above `Feature:`.
    package var tags: [String]
    /// Steps of the `Background:` block, run before every scenario; empty when there is none.
    package var background: [GherkinStep]
    /// The scenarios and scenario outlines, in file order.
    package var scenarios: [GherkinScenario]

    /// Creates a feature.
    package init(path: String, name: String, tags: [String] = [], background: [GherkinStep] = [], scenarios: [GherkinScenario] = []) {
        self.path = path
        self.name = name
        self.tags = tags
        self.background = background
        self.scenarios = scenarios
    }
}

/// A `Scenario:` or a `Scenario Outline:` (whose `examples` expand it into one case per row).
package struct GherkinScenario: Sendable, Hashable {
    /// The text after the keyword, placeholders such as `<expr>` left in.
    package var name: String
    /// Tags written above the scenario, e.g. `@ignore`.
    package var tags: [String]
    /// Whether the keyword was `Scenario Outline:` (or `Scenario Template:`).
    package var isOutline: Bool
    /// The steps, in order.
    package var steps: [GherkinStep]
    /// The `Examples:` blocks of an outline, in order.
    package var examples: [GherkinExamples]
    /// 1-based line of the keyword.
    package var line: Int

    /// Creates a scenario.
    package init(name: String, tags: [String] = [], isOutline: Bool = false, steps: [GherkinStep] = [],
                examples: [GherkinExamples] = [], line: Int = 0) {
        self.name = name
        self.tags = tags
        self.isOutline = isOutline
        self.steps = steps
        self.examples = examples
        self.line = line
    }
}

/// One step: its keyword, its text and an optional doc string or data table.
package struct GherkinStep: Sendable, Hashable {
    /// `Given`, `When`, `Then`, `And`, `But` or `*`, as written.
    package var keyword: String
    /// The text after the keyword, e.g. `executing query:`.
    package var text: String
    /// The content of a `"""` block below the step, indentation removed.
    package var docString: String?
    /// The rows of a data table below the step, cells trimmed and unescaped.
    package var table: [[String]]?
    /// 1-based line of the step.
    package var line: Int

    /// Creates a step.
    package init(keyword: String, text: String, docString: String? = nil, table: [[String]]? = nil, line: Int = 0) {
        self.keyword = keyword
        self.text = text
        self.docString = docString
        self.table = table
        self.line = line
    }
}

/// An `Examples:` block of a scenario outline: a header row naming placeholders and value rows.
package struct GherkinExamples: Sendable, Hashable {
    /// Tags written above `Examples:`.
    package var tags: [String]
    /// Placeholder names.
    package var header: [String]
    /// One row per expanded case, aligned with `header`.
    package var rows: [[String]]

    /// Creates an examples block.
    package init(tags: [String] = [], header: [String], rows: [[String]]) {
        self.tags = tags
        self.header = header
        self.rows = rows
    }
}
