import EvidenceGraphCore

/// `arm-without-regimen` (warning): a trial arm that names no regimen, so no assessment can
/// use its results. Registry imports (`evg import ctgov`) write such arms when none of the
/// arm's drugs is in the graph; hand-curated arms always name one.
public struct ArmWithoutRegimenRule: ValidationRule {
    /// `arm-without-regimen`.
    public let rule: Diagnostic.Rule = .armWithoutRegimen
    /// A warning: the graph is usable, the arm is not yet.
    public let severity = Diagnostic.Severity.warning
    /// Creates the rule.
    public init() {}

    /// The relationship from an arm to its regimen (from `EvidenceModel`).
    static let regimenType = EvidenceModel.references.first { $0.owner == "arm" && $0.targetLabels == ["Regimen"] }!.type

    /// One finding per arm without an outgoing regimen relationship, at the arm's location.
    public func check(_ loaded: LoadedGraph) -> [Diagnostic] {
        let g = loaded.graph
        guard let arm = g.label(named: "Arm") else { return [] }
        let uses = g.relationshipType(named: Self.regimenType)
        return g.nodes(withLabel: arm).compactMap { n in
            let hasRegimen = uses.map { !g.adjacency(of: n, .outgoing, type: $0).isEmpty } ?? false
            return hasRegimen ? nil : finding("arm '\(g.id(of: n))' names no regimen: its results reach no assessment until a curator adds one",
                                              at: g.location(of: n))
        }
    }
}
