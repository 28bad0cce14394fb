/// Why a case did not pass: a short `cause` that groups similar failures in reports
/// (e.g. `wrong rows`, `unexpected SyntaxError.UnknownFunction: unknown function …`) and a
/// `detail` with everything needed to debug it.
public struct TCKFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// A short, generalised reason; cases failing for the same reason share it.
    public var cause: String
    /// The full explanation (expected versus actual).
    public var detail: String

    /// Creates a failure.
    public init(cause: String, detail: String) {
        self.cause = cause
        self.detail = detail
    }

    public var description: String { cause + "\n" + detail }
}

/// The verdict on one case.
public enum CaseOutcome: Sendable, Hashable {
    case passed
    case failed(TCKFailure)
    /// Skipped through the committed list of unsupported features, with the reason listed there.
    case skipped(reason: String)

    /// `true` for `.passed`.
    public var isPassed: Bool {
        if case .passed = self { return true }
        return false
    }
}

/// A case and how it went.
public struct CaseResult: Sendable {
    public var testCase: TCKCase
    public var outcome: CaseOutcome
    /// Wall-clock seconds spent running it.
    public var seconds: Double

    /// Creates a result.
    public init(testCase: TCKCase, outcome: CaseOutcome, seconds: Double) {
        self.testCase = testCase
        self.outcome = outcome
        self.seconds = seconds
    }
}
