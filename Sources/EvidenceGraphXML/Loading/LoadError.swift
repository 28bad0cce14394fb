import EvidenceGraphCore

/// The graph could not be loaded: every error found in every file (up to
/// ``LoadOptions/maxDiagnostics``), each with its `file:line:column` and rule id
/// (`xml-syntax`, `xsd`, `doctype-forbidden`, `io`, `unknown-root`, `graphml`, `xsd-schema`,
/// `schema-not-found`).
public struct LoadError: Error, Sendable, CustomStringConvertible {
    /// The errors, in file order.
    public var diagnostics: [Diagnostic]
    /// Whether more errors were found than were kept.
    public var isTruncated: Bool

    /// Creates a load error.
    public init(diagnostics: [Diagnostic], isTruncated: Bool = false) {
        self.diagnostics = diagnostics
        self.isTruncated = isTruncated
    }

    /// One diagnostic per line.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n") + (isTruncated ? "\n(more errors not shown)" : "")
    }
}
