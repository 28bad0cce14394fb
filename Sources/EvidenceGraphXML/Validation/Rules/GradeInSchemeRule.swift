import EvidenceGraphCore

/// `grade-in-scheme`: a recommendation's `<score scheme value>` names a scheme the knowledge
/// base defines (`gradeScheme name`) and a token of its `order`; its `tier` is a token of its
/// guideline's `tierScheme`. Graphs without grade schemes are not checked.
public struct GradeInSchemeRule: ValidationRule {
    /// The rule its findings carry, `grade-in-scheme`.
    public let rule: Diagnostic.Rule = .gradeInScheme
    /// `grade-in-scheme` findings are errors.
    public let severity = Diagnostic.Severity.error
    /// The rule; it has no settings.
    public init() {}

    /// `grade-in-scheme`: one finding per score or tier outside its scheme; none when the graph defines
    /// no grade schemes.
    public func check(_ loaded: LoadedGraph) -> [Diagnostic] {
        let g = loaded.graph
        guard let schemeLabel = g.label(named: "GradeScheme"), let recLabel = g.label(named: "Recommendation") else { return [] }
        var schemes: [String: [String]] = [:]
        for i in g.nodes {
            let n = NodeIndex(i)
            guard g.node(n, hasLabel: schemeLabel), case .string(let name)? = g.property("name", of: n) else { continue }
            schemes[name] = Self.strings(g.property("order", of: n))
        }
        var results: [Diagnostic] = []
        for i in g.nodes {
            let n = NodeIndex(i)
            guard g.node(n, hasLabel: recLabel) else { continue }
            for score in Self.strings(g.property("scores", of: n)) {
                guard let colon = score.firstIndex(of: ":") else { continue }
                let scheme = String(score[..<colon]), value = String(score[score.index(after: colon)...])
                guard let order = schemes[scheme] else {
                    results.append(finding("\(g.describe(n)): grade scheme '\(scheme)' is not defined (gradeScheme name)", at: g.location(of: n)))
                    continue
                }
                if !order.contains(value) {
                    results.append(finding("\(g.describe(n)): '\(value)' is not a token of \(scheme) (\(order.joined(separator: " ")))", at: g.location(of: n)))
                }
            }
            if case .string(let tier)? = g.property("tier", of: n) {
                let guideline = g.relationshipType(named: "HAS_RECOMMENDATION").flatMap { t in g.adjacency(of: n, .incoming, type: t).first?.neighbor }
                let scheme = guideline.flatMap { gl -> String? in if case .string(let s)? = g.property("tierScheme", of: gl) { return s } else { return nil } }
                if let scheme, let order = schemes[scheme] {
                    if !order.contains(tier) { results.append(finding("\(g.describe(n)): tier '\(tier)' is not a token of \(scheme)", at: g.location(of: n))) }
                } else {
                    results.append(finding("\(g.describe(n)): tier '\(tier)' but its guideline names no defined tierScheme", at: g.location(of: n)))
                }
            }
        }
        return results
    }

    static func strings(_ v: PropertyValue?) -> [String] {
        switch v {
        case .string(let s)?: return [s]
        case .list(let l)?: return l.compactMap(\.stringValue)
        default: return []
        }
    }
}
