import EvidenceGraphCore

/// `trial-primary-outcome`: a trial that reports outcomes marks at least one of them as its
/// primary endpoint (`primary="true"`), so that the assessment can show the primary
/// endpoint's analysis first. Trials with no outcome at all are not checked.
public struct PrimaryOutcomeRule: ValidationRule {
    /// The rule its findings carry, `trial-primary-outcome`.
    public let rule: Diagnostic.Rule = .trialPrimaryOutcome
    /// `trial-primary-outcome` findings are errors.
    public let severity = Diagnostic.Severity.error
    /// The rule; it has no settings.
    public init() {}

    /// `trial-primary-outcome`: one finding per trial that reports outcomes but marks none
    /// `primary="true"` (and names no `primaryEndpoint`).
    public func check(_ loaded: LoadedGraph) -> [Diagnostic] {
        let g = loaded.graph
        guard let trial = g.label(named: "Trial"), let reports = g.relationshipType(named: "REPORTS") else { return [] }
        var results: [Diagnostic] = []
        for i in g.nodes {
            let n = NodeIndex(i)
            guard g.node(n, hasLabel: trial) else { continue }
            let outcomes = g.adjacency(of: n, .outgoing, type: reports).map(\.neighbor)
            guard !outcomes.isEmpty, g.property("primaryEndpoint", of: n) == nil else { continue }
            if !outcomes.contains(where: { g.property("primary", of: $0) == .bool(true) }) {
                results.append(finding("\(g.describe(n)) reports \(outcomes.count) outcome(s) but marks none primary=\"true\"", at: g.location(of: n)))
            }
        }
        return results
    }
}
