import EvidenceGraphCore

/// `population-shares`: the reported shares of a population's prior drugs of one drug class
/// add up to more than 100% (postMONARCH's prior palbociclib, ribociclib and abemaciclib
/// shares describe one CDK4/6 inhibitor per patient), and a population's metastatic-site
/// shares each stay within 0–100 (checked by `trial-outcome-sanity`). A class whose patients
/// commonly received several of its drugs can state that in a note and split the shares.
public struct PopulationSharesRule: ValidationRule {
    /// The rule its findings carry, `population-shares`.
    public let rule: Diagnostic.Rule = .populationShares
    /// `population-shares` findings are errors.
    public let severity = Diagnostic.Severity.error
    /// The rule; it has no settings.
    public init() {}

    /// `population-shares`: one finding per population and drug class whose prior-drug shares add up to
    /// more than 100%.
    public func check(_ loaded: LoadedGraph) -> [Diagnostic] {
        let g = loaded.graph
        guard let population = g.label(named: "Population"), let prior = g.relationshipType(named: "PRIOR_THERAPY"),
              let inClass = g.relationshipType(named: "IN_CLASS") else { return [] }
        var results: [Diagnostic] = []
        for i in g.nodes {
            let n = NodeIndex(i)
            guard g.node(n, hasLabel: population) else { continue }
            var byClass: [NodeIndex: Double] = [:]
            for edge in g.adjacency(of: n, .outgoing, type: prior) {
                guard let share = g.property("sharePercent", of: edge.relationship)?.doubleValue else { continue }
                for c in g.adjacency(of: edge.neighbor, .outgoing, type: inClass) { byClass[c.neighbor, default: 0] += share }
            }
            for (cls, total) in byClass.sorted(by: { g.id(of: $0.key) < g.id(of: $1.key) }) where total > 100.05 {
                results.append(finding("\(g.describe(n)): prior shares of \(g.id(of: cls)) drugs add up to \(PropertyValue.format(total))%", at: g.location(of: n)))
            }
        }
        return results
    }
}
