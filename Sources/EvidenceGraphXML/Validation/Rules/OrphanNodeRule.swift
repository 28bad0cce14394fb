import EvidenceGraphCore

/// `orphan-node` (warning): a node with no relationship at all.
public struct OrphanNodeRule: ValidationRule {
    public let id = "orphan-node"
    public let severity = Diagnostic.Severity.warning
    public init() {}

    public func check(_ loaded: LoadedGraph) -> [Diagnostic] {
        let g = loaded.graph
        return g.nodes.compactMap { i in
            let n = NodeIndex(i)
            return g.degree(of: n, .both) == 0 ? finding("\(g.describe(n)) has no relationships", at: g.location(of: n)) : nil
        }
    }
}
