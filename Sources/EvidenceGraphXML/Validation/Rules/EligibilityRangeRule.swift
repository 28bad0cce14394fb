import EvidenceGraphCore

/// `eligibility-range`: a recommendation or population whose line or ECOG range is empty
/// (`minLine` above `maxLine`), and a prior-therapy statement whose counts cannot be met
/// (`minCount` above `maxCount`) — criteria no patient could satisfy.
public struct EligibilityRangeRule: ValidationRule {
    /// The rule its findings carry, `eligibility-range`.
    public let rule: Diagnostic.Rule = .eligibilityRange
    /// `eligibility-range` findings are errors.
    public let severity = Diagnostic.Severity.error
    /// The rule; it has no settings.
    public init() {}

    /// `eligibility-range`: one finding per empty line or ECOG range and per unsatisfiable
    /// prior-therapy count.
    public func check(_ loaded: LoadedGraph) -> [Diagnostic] {
        let g = loaded.graph
        var results: [Diagnostic] = []
        func int(_ v: PropertyValue?) -> Double? { v?.doubleValue }
        for i in g.nodes {
            let n = NodeIndex(i)
            for (lo, hi) in [("minLine", "maxLine"), ("ecogMin", "ecogMax")] {
                if let a = int(g.property(lo, of: n)), let b = int(g.property(hi, of: n)), a > b {
                    results.append(finding("\(g.describe(n)): \(lo) \(Int(a)) is above \(hi) \(Int(b)) (an empty range)", at: g.location(of: n)))
                }
            }
        }
        for r in 0..<g.relationshipCount {
            let rel = RelationshipIndex(r)
            let props = g.properties(of: rel)
            let lo = props.first { $0.key == "minCount" }?.value.doubleValue, hi = props.first { $0.key == "maxCount" }?.value.doubleValue
            if let lo, let hi, lo > hi {
                results.append(finding("\(g.typeName(of: rel)) from '\(g.id(of: g.startNode(of: rel)))' to '\(g.id(of: g.endNode(of: rel)))': minCount above maxCount", at: g.location(of: rel)))
            }
        }
        return results
    }
}
