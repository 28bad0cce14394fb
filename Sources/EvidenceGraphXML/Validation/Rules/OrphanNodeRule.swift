import EvidenceGraphCore

/// `orphan-node` (warning): a node with no relationship at all.
///
/// Vocabulary nodes are exempt: metastatic sites, comorbidities and findings exist so that
/// patient profiles can name them (`<metastasis site="lung"/>`, `<comorbidity name="hypertension"/>`),
/// and a knowledge base may hold one that no drug, trial or principle refers to yet; the
/// decision model's scales, rules and policy (grade schemes, status and state rules, the
/// ranking policy) are read by the assessment, not reached by relationships.
public struct OrphanNodeRule: ValidationRule {
    /// The rule its findings carry, `orphan-node`.
    public let rule: Diagnostic.Rule = .orphanNode
    /// `orphan-node` findings are warnings: the graph is still usable.
    public let severity = Diagnostic.Severity.warning
    /// The rule; it has no settings.
    public init() {}

    /// Labels whose nodes may stand alone.
    public static let vocabularyLabels: Set<String> = ["MetastaticSite", "Comorbidity", "Finding", "GradeScheme", "StatusRule", "StateRule", "RankingPolicy"]

    /// `orphan-node`: one warning per node without relationships, vocabulary and decision-model nodes
    /// exempt.
    public func check(_ loaded: LoadedGraph) -> [Diagnostic] {
        let g = loaded.graph
        let exempt = Set(Self.vocabularyLabels.compactMap { g.label(named: $0) })
        return g.nodes.compactMap { i in
            let n = NodeIndex(i)
            guard g.degree(of: n, .both) == 0 else { return nil }
            if exempt.contains(where: { g.node(n, hasLabel: $0) }) { return nil }
            return finding("\(g.describe(n)) has no relationships", at: g.location(of: n))
        }
    }
}
