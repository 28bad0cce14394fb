/// Parses the Gherkin subset the openCypher TCK is written in: `Feature`, `Background`,
/// `Scenario`, `Scenario Outline` with `Examples`, tags, steps with `"""` doc strings and
/// `|` data tables, comments and free-text descriptions.
///
/// ```swift
/// let feature = try GherkinParser.parse(text, path: "clauses/match/Match1.feature")
/// ```
/// Table cells are trimmed and unescaped as Gherkin defines (`\|` → `|`, `\\` → `\`,
/// `\n` → newline); doc strings lose the indentation of their opening `"""`.
package struct GherkinParser {
    private let path: String
    private let lines: [Substring]
    private var index = 0

    private var feature: GherkinFeature?
    private var pendingTags: [String] = []
    private var section = Section.none
    /// Free text after a keyword line (a description) is allowed until the first step or table.
    private var inDescription = false

    private enum Section {
        case none, background, scenario, examples
    }

    /// Parses `text`; `path` names the file in errors and in the result.
    package static func parse(_ text: String, path: String) throws(GherkinError) -> GherkinFeature {
        var parser = GherkinParser(path: path, text: text)
        return try parser.run()
    }

    private init(path: String, text: String) {
        self.path = path
        // `\r\n` is one Character in Swift, so split on any newline character.
        self.lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    }

    private mutating func run() throws(GherkinError) -> GherkinFeature {
        while index < lines.count {
            let raw = lines[index]
            let line = raw.trimmingSpaces()
            let lineNumber = index + 1
            index += 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("@") {
                pendingTags += Self.tags(in: line)
            } else if let rest = line.dropKeyword("Feature:") {
                guard feature == nil else { throw error(lineNumber, "a second 'Feature:'") }
                feature = GherkinFeature(path: path, name: String(rest.trimmingSpaces()), tags: takeTags())
                enter(.none)
            } else if line.dropKeyword("Background:") != nil {
                try requireFeature(lineNumber)
                enter(.background)
            } else if let rest = line.dropKeyword("Scenario Outline:") ?? line.dropKeyword("Scenario Template:") {
                try startScenario(String(rest.trimmingSpaces()), outline: true, line: lineNumber)
            } else if let rest = line.dropKeyword("Scenario:") ?? line.dropKeyword("Example:") {
                try startScenario(String(rest.trimmingSpaces()), outline: false, line: lineNumber)
            } else if line.dropKeyword("Examples:") != nil || line.dropKeyword("Scenarios:") != nil {
                try startExamples(lineNumber)
            } else if line.hasPrefix("|") {
                try addTableRow(Self.cells(of: line), line: lineNumber)
            } else if line.hasPrefix("\"\"\"") || line.hasPrefix("```") {
                try addDocString(opening: raw, line: lineNumber)
            } else if let (keyword, text) = Self.step(line) {
                try addStep(GherkinStep(keyword: keyword, text: text, line: lineNumber))
            } else if !inDescription {
                throw error(lineNumber, "unexpected line '\(line)'")
            }
        }
        guard let feature else { throw error(lines.count, "no 'Feature:'") }
        return feature
    }

    // MARK: - Blocks

    private mutating func enter(_ newSection: Section) {
        section = newSection
        inDescription = true
    }

    private mutating func takeTags() -> [String] {
        defer { pendingTags = [] }
        return pendingTags
    }

    private func requireFeature(_ line: Int) throws(GherkinError) {
        if feature == nil { throw error(line, "a block before 'Feature:'") }
    }

    private mutating func startScenario(_ name: String, outline: Bool, line: Int) throws(GherkinError) {
        try requireFeature(line)
        feature!.scenarios.append(GherkinScenario(name: name, tags: takeTags(), isOutline: outline, line: line))
        enter(.scenario)
    }

    private mutating func startExamples(_ line: Int) throws(GherkinError) {
        guard section == .scenario || section == .examples, let last = feature?.scenarios.indices.last else {
            throw error(line, "'Examples:' outside a scenario outline")
        }
        feature!.scenarios[last].examples.append(GherkinExamples(tags: takeTags(), header: [], rows: []))
        enter(.examples)
    }

    private mutating func addStep(_ step: GherkinStep) throws(GherkinError) {
        inDescription = false
        switch section {
        case .background:
            feature!.background.append(step)
        case .scenario:
            feature!.scenarios[feature!.scenarios.count - 1].steps.append(step)
        case .none, .examples:
            throw error(step.line, "a step outside a scenario or background")
        }
    }

    /// Applies `change` to the step written last in the current block.
    private mutating func modifyLastStep(line: Int, _ change: (inout GherkinStep) -> Void) throws(GherkinError) {
        if section == .background, !feature!.background.isEmpty {
            change(&feature!.background[feature!.background.count - 1])
        } else if section == .scenario, let s = feature?.scenarios.indices.last, !feature!.scenarios[s].steps.isEmpty {
            change(&feature!.scenarios[s].steps[feature!.scenarios[s].steps.count - 1])
        } else {
            throw error(line, "a table or doc string without a step above it")
        }
    }

    private mutating func addTableRow(_ cells: [String], line: Int) throws(GherkinError) {
        inDescription = false
        if section == .examples {
            let s = feature!.scenarios.count - 1
            let e = feature!.scenarios[s].examples.count - 1
            if feature!.scenarios[s].examples[e].header.isEmpty {
                feature!.scenarios[s].examples[e].header = cells
            } else {
                guard cells.count == feature!.scenarios[s].examples[e].header.count else {
                    throw error(line, "an examples row with \(cells.count) cells under a header of \(feature!.scenarios[s].examples[e].header.count)")
                }
                feature!.scenarios[s].examples[e].rows.append(cells)
            }
            return
        }
        try modifyLastStep(line: line) { step in step.table = (step.table ?? []) + [cells] }
    }

    private mutating func addDocString(opening: Substring, line: Int) throws(GherkinError) {
        let indent = opening.prefix { $0 == " " || $0 == "\t" }.count
        let delimiter = opening.dropFirst(indent).hasPrefix("```") ? "```" : "\"\"\""
        var body: [Substring] = []
        while true {
            guard index < lines.count else { throw error(line, "an unterminated doc string") }
            let raw = lines[index]
            index += 1
            if raw.trimmingSpaces() == Substring(delimiter) { break }
            var content = raw
            var removed = 0
            while removed < indent, let first = content.first, first == " " || first == "\t" {
                content = content.dropFirst()
                removed += 1
            }
            body.append(content)
        }
        let text = body.joined(separator: "\n").replacingEvery("\\\"\\\"\\\"", with: "\"\"\"")
        inDescription = false
        try modifyLastStep(line: line) { step in step.docString = text }
    }

    private func error(_ line: Int, _ message: String) -> GherkinError {
        GherkinError(path: path, line: line, message: message)
    }

    // MARK: - Line pieces

    private static let stepKeywords = ["Given", "When", "Then", "And", "But"]

    /// The keyword and text of a step line, or `nil` when the line is no step.
    static func step(_ line: Substring) -> (String, String)? {
        if line.hasPrefix("* ") { return ("*", String(line.dropFirst(2).trimmingSpaces())) }
        for keyword in stepKeywords where line.hasPrefix(keyword + " ") {
            return (keyword, String(line.dropFirst(keyword.count + 1).trimmingSpaces()))
        }
        return nil
    }

    /// The tags on a tag line (`@a @b # comment`).
    static func tags(in line: Substring) -> [String] {
        var tags: [String] = []
        for word in line.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            if word.hasPrefix("#") { break }
            if word.hasPrefix("@") { tags.append(String(word)) }
        }
        return tags
    }

    /// The cells of a table row, trimmed and unescaped.
    static func cells(of line: Substring) -> [String] {
        var cells: [String] = []
        var current = ""
        var chars = line.dropFirst().makeIterator()   // the leading '|'
        var closed = false
        while let c = chars.next() {
            closed = false
            switch c {
            case "\\":
                switch chars.next() {
                case "|": current.append("|")
                case "\\": current.append("\\")
                case "n": current.append("\n")
                case let other?: current.append("\\"); current.append(other)
                case nil: current.append("\\")
                }
            case "|":
                cells.append(String(Substring(current).trimmingSpaces()))
                current = ""
                closed = true
            default:
                current.append(c)
            }
        }
        if !closed, !Substring(current).trimmingSpaces().isEmpty {
            cells.append(String(Substring(current).trimmingSpaces()))
        }
        return cells
    }
}
