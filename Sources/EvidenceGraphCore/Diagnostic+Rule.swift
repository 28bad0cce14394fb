extension Diagnostic {
    /// The rule or error kind of a ``Diagnostic``, matchable with `switch` or `==`; its
    /// `rawValue` is the stable string id printed in brackets (`dangling-reference`).
    ///
    /// A struct with static members, like GRDB's `ResultCode`, rather than an enum: this
    /// layer knows no XML, so the rules live with the code that reports them —
    /// `EvidenceGraphXML` declares the loader's and validator's rules
    /// (`Diagnostic.Rule.danglingReference`, …, all in `Diagnostic.Rule.evidenceRules`), the
    /// assessment layer its own (`patientContradiction`), and a host's own checks (an
    /// EvidenceGraphXML `ValidationRule`) may add more without touching this type.
    public struct Rule: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The string id, e.g. `dangling-reference`.
        public var rawValue: String
        /// A rule with this string id; layers declare theirs as static members
        /// (`Diagnostic.Rule.danglingReference`).
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The string id.
        public var description: String { rawValue }
    }
}
