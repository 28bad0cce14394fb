import Foundation

/// Why Graphviz could not lay out a drawing.
public enum GraphvizError: Error, Sendable, Hashable, CustomStringConvertible {
    /// `dot` (or the configured executable) is not installed or not executable.
    case notInstalled(String)
    /// The layout took longer than the time limit and was stopped.
    case timedOut(seconds: Double)
    /// `dot` exited with an error; `message` is what it wrote to standard error.
    case failed(status: Int32, message: String)

    /// A one-line message for the user, saying how to install Graphviz when it is missing.
    public var description: String {
        switch self {
        case .notInstalled(let program):
            return "Graphviz '\(program)' was not found: the svg and html formats need Graphviz's dot program "
                + "(Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz); --format dot needs nothing"
        case .timedOut(let seconds):
            return "Graphviz dot did not finish within \(DrawingText.number(seconds)) s and was stopped"
        case .failed(let status, let message):
            return "Graphviz dot failed (exit status \(status))" + (message.isEmpty ? "" : ": " + message.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }
}
