import EvidenceGraphCore

/// `wrong-endpoint-labels`: a relationship whose start or end node lacks every label the
/// model allows for its type (`EvidenceModel/relationshipEndpoints`). Types outside the
/// model (e.g. from GraphML) are not checked.
public struct WrongEndpointLabelsRule: ValidationRule {
    /// The rule its findings carry, `wrong-endpoint-labels`.
    public let rule: Diagnostic.Rule = .wrongEndpointLabels
    /// `wrong-endpoint-labels` findings are errors.
    public let severity = Diagnostic.Severity.error
    /// The rule; it has no settings.
    public init() {}

    /// `wrong-endpoint-labels`: one finding per relationship of a modelled type whose start or end node
    /// has none of the allowed labels.
    public func check(_ loaded: LoadedGraph) -> [Diagnostic] {
        let g = loaded.graph
        var results: [Diagnostic] = []
        for r in 0..<g.relationshipCount {
            let rel = RelationshipIndex(r)
            let type = g.typeName(of: rel)
            guard let allowed = EvidenceModel.relationshipEndpoints[type] else { continue }
            let s = g.startNode(of: rel), e = g.endNode(of: rel)
            if !g.labels(of: s).contains(where: allowed.start.contains) {
                results.append(finding("\(type) starts at \(g.describe(s)); expected \(allowed.start.sorted().joined(separator: " or "))",
                                       at: g.location(of: rel)))
            }
            if !g.labels(of: e).contains(where: allowed.end.contains) {
                results.append(finding("\(type) points to \(g.describe(e)); expected \(allowed.end.sorted().joined(separator: " or "))",
                                       at: g.location(of: rel)))
            }
        }
        return results
    }
}
