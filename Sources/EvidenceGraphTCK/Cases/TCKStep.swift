/// What a step of a TCK scenario asks for, recognised from its text.
package enum TCKStep: Sendable {
    /// `Given an empty graph`
    case emptyGraph
    /// `Given any graph` (the runner starts from an empty one)
    case anyGraph
    /// `Given the binary-tree-1 graph`: a named graph from `tck/graphs/`.
    case namedGraph(String)
    /// `And having executed:` a setup query whose new graph is kept.
    case havingExecuted(String)
    /// `And parameters are:` rows of name and value (in the TCK notation).
    case parameters([[String]])
    /// `When executing query:`
    case executeQuery(String)
    /// `When executing control query:` (checks the graph the query left; its own changes are no side effects).
    case executeControlQuery(String)
    /// `Then the result should be …:` a header row and value rows.
    case expectResult(table: [[String]], ordered: Bool, listsUnordered: Bool)
    /// `Then the result should be empty`
    case expectEmpty
    /// `Then a TypeError should be raised at runtime: InvalidArgumentType`
    case expectError(ExpectedError)
    /// `And no side effects`
    case noSideEffects
    /// `And the side effects should be:` rows such as `| +nodes | 1 |`.
    case sideEffects([[String]])
    /// A step this runner does not implement (e.g. `there exists a procedure …`); the case fails.
    case unsupported(String)

    /// Recognises a parsed Gherkin step.
    package init(_ step: GherkinStep) {
        let text = step.text
        let doc = step.docString ?? ""
        let table = step.table ?? []
        switch text {
        case "an empty graph": self = .emptyGraph
        case "any graph": self = .anyGraph
        case "having executed:": self = .havingExecuted(doc)
        case "parameters are:": self = .parameters(table)
        case "executing query:": self = .executeQuery(doc)
        case "executing control query:": self = .executeControlQuery(doc)
        case "the result should be, in any order:": self = .expectResult(table: table, ordered: false, listsUnordered: false)
        case "the result should be, in order:": self = .expectResult(table: table, ordered: true, listsUnordered: false)
        case "the result should be (ignoring element order for lists):":
            self = .expectResult(table: table, ordered: false, listsUnordered: true)
        case "the result should be, in order (ignoring element order for lists):":
            self = .expectResult(table: table, ordered: true, listsUnordered: true)
        case "the result should be empty": self = .expectEmpty
        case "no side effects": self = .noSideEffects
        case "the side effects should be:": self = .sideEffects(table)
        default:
            if text.hasPrefix("the "), text.hasSuffix(" graph") {
                self = .namedGraph(String(text.dropFirst(4).dropLast(6)))
            } else if let error = ExpectedError(stepText: text) {
                self = .expectError(error)
            } else {
                self = .unsupported(text)
            }
        }
    }
}

/// The error a scenario expects: `a <class> should be raised at <phase>: <detail>`.
package struct ExpectedError: Sendable, Hashable, CustomStringConvertible {
    /// `SyntaxError`, `TypeError`, `SemanticError`, `ArgumentError`, …
    package var errorClass: String
    /// `compile time`, `runtime` or `any time`.
    package var phase: String
    /// The detail code, or `*` for any.
    package var detail: String

    /// Creates an expectation.
    package init(errorClass: String, phase: String, detail: String) {
        self.errorClass = errorClass
        self.phase = phase
        self.detail = detail
    }

    /// Reads `a SyntaxError should be raised at compile time: UndefinedVariable`.
    package init?(stepText text: String) {
        let words = text.split(separator: " ", maxSplits: 2)
        guard words.count == 3, words[0] == "a" || words[0] == "an",
              let rest = words[2].dropKeyword("should be raised at "),
              let colon = rest.firstIndex(of: ":")
        else { return nil }
        self.init(errorClass: String(words[1]), phase: String(rest[..<colon]),
                  detail: String(rest[rest.index(after: colon)...].trimmingSpaces()))
    }

    package var description: String { "\(errorClass) at \(phase): \(detail)" }
}
