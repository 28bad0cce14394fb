import EvidenceGraphCore

/// `regimen-without-drugs`: a regimen with no component drug.
public struct RegimenWithoutDrugsRule: ValidationRule {
    /// The rule its findings carry, `regimen-without-drugs`.
    public let rule: Diagnostic.Rule = .regimenWithoutDrugs
    /// `regimen-without-drugs` findings are errors.
    public let severity = Diagnostic.Severity.error
    /// The rule; it has no settings.
    public init() {}

    /// The relationship from a regimen to its drugs (from `EvidenceModel`).
    static let componentType = EvidenceModel.references.first { $0.owner == "regimen" && $0.targetLabels == ["Drug"] }!.type

    /// `regimen-without-drugs`: one finding per regimen without a component drug.
    public func check(_ loaded: LoadedGraph) -> [Diagnostic] {
        let g = loaded.graph
        guard let regimen = g.label(named: "Regimen") else { return [] }
        let includes = g.relationshipType(named: Self.componentType)
        let drug = g.label(named: "Drug")
        return g.nodes(withLabel: regimen).compactMap { n in
            let hasDrug = includes.map { type in
                g.adjacency(of: n, .outgoing, type: type).contains { entry in drug.map { g.node(entry.neighbor, hasLabel: $0) } ?? false }
            } ?? false
            return hasDrug ? nil : finding("regimen '\(g.id(of: n))' has no component drug", at: g.location(of: n))
        }
    }
}
