/// Why a case did not pass: a short `cause` that groups similar failures in reports
/// (e.g. `wrong rows`, `unexpected SyntaxError.UnknownFunction: unknown function …`) and a
/// `detail` with everything needed to debug it.
package struct TCKFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// A short, generalised reason; cases failing for the same reason share it.
    package var cause: String
    /// The full explanation (expected versus actual).
    package var detail: String

    /// Creates a failure.
    package init(cause: String, detail: String) {
        self.cause = cause
        self.detail = detail
    }

    package var description: String { cause + "\n" + detail }
}

/// The verdict on one case.
package enum CaseOutcome: Sendable, Hashable {
    case passed
    case failed(TCKFailure)
    /// Skipped through the committed list of unsupported features, with the reason listed there.
    case skipped(reason: String)

    /// `true` for `.passed`.
    package var isPassed: Bool {
        if case .passed = self { return true }
        return false
    }
}

/// A case and how it went.
package struct CaseResult: Sendable {
    package var testCase: TCKCase
    package var outcome: CaseOutcome
    /// Wall-clock seconds spent running it.
    package var seconds: Double

    /// Creates a result.
    package init(testCase: TCKCase, outcome: CaseOutcome, seconds: Double) {
        self.testCase = testCase
        self.outcome = outcome
        self.seconds = seconds
    }
}
