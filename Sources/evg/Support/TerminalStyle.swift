import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Colour for people at a terminal, never for pipes and files, and never when `NO_COLOR` is
/// set (to anything, see https://no-color.org) or `TERM` is `dumb`.
struct TerminalStyle: Sendable {
    /// Whether escape sequences may be written.
    let enabled: Bool

    /// The style for output written to `fd`.
    init(fd: Int32, environment: [String: String] = ProcessInfo.processInfo.environment) {
        enabled = isatty(fd) != 0 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }

    init(enabled: Bool) { self.enabled = enabled }

    /// The style for standard error, where warnings and errors go.
    static var standardError: TerminalStyle { TerminalStyle(fd: STDERR_FILENO) }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m" + text + "\u{1B}[0m" : text
    }

    func error(_ text: String) -> String { wrap(text, "31") }
    func warning(_ text: String) -> String { wrap(text, "33") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    /// The prompt's colour code, or `nil` without colour (the line editor wraps it itself).
    var promptCode: String? { enabled ? "1;32" : nil }
}
