import EvidenceGraphCore

/// `nct-id-format`: a trial's `nct` property must be `NCT` followed by 8 digits.
public struct NCTIDFormatRule: ValidationRule {
    /// The rule its findings carry, `nct-id-format`.
    public let rule: Diagnostic.Rule = .nctIDFormat
    /// `nct-id-format` findings are errors.
    public let severity = Diagnostic.Severity.error
    /// The rule; it has no settings.
    public init() {}

    /// Whether `text` is a well-formed ClinicalTrials.gov id.
    public static func isValid(_ text: String) -> Bool {
        let u = Array(text.utf8)
        return u.count == 11 && u.starts(with: Array("NCT".utf8)) && u[3...].allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// `nct-id-format`: one finding per trial whose `nct` is not `NCT` and 8 digits.
    public func check(_ loaded: LoadedGraph) -> [Diagnostic] {
        let g = loaded.graph
        guard let trial = g.label(named: "Trial"), let nct = g.propertyKey(named: "nct") else { return [] }
        return g.nodes(withLabel: trial).compactMap { n in
            guard let value = g.property(nct, of: n) else { return nil }
            if let s = value.stringValue, Self.isValid(s) { return nil }
            return finding("trial '\(g.id(of: n))' has NCT id \(value), expected NCT followed by 8 digits", at: g.location(of: n))
        }
    }
}
