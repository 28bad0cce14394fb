import EvidenceGraphCore

/// `trial-outcome-sanity`: numbers of trial outcomes that cannot be right —
/// a hazard ratio that is not positive or lies outside its 95% CI, a CI whose low end is
/// above its high end, a median that is not positive or lies outside its CI, and any
/// `…Percent` property outside 0–100 (on nodes and relationships alike).
public struct TrialOutcomeSanityRule: ValidationRule {
    /// The rule its findings carry, `trial-outcome-sanity`.
    public let rule: Diagnostic.Rule = .trialOutcomeSanity
    /// `trial-outcome-sanity` findings are errors.
    public let severity = Diagnostic.Severity.error
    /// The rule; it has no settings.
    public init() {}

    /// `trial-outcome-sanity`: one finding per impossible number: hazard ratio, CI, median or
    /// percentage.
    public func check(_ loaded: LoadedGraph) -> [Diagnostic] {
        let g = loaded.graph
        var results: [Diagnostic] = []
        for i in g.nodes {
            let n = NodeIndex(i)
            let problems = Self.problems(in: g.properties(of: n))
            results += problems.map { finding("\(g.describe(n)): \($0)", at: g.location(of: n)) }
        }
        for r in 0..<g.relationshipCount {
            let rel = RelationshipIndex(r)
            let problems = Self.problems(in: g.properties(of: rel))
            results += problems.map {
                finding("\(g.typeName(of: rel)) from '\(g.id(of: g.startNode(of: rel)))' to '\(g.id(of: g.endNode(of: rel)))': \($0)",
                        at: g.location(of: rel))
            }
        }
        return results
    }

    /// The problems in one property set.
    static func problems(in properties: [(key: String, value: PropertyValue)]) -> [String] {
        func number(_ key: String) -> Double? { properties.first { $0.key == key }?.value.doubleValue }
        var problems: [String] = []
        let low = number("ciLow"), high = number("ciHigh")
        if let low, let high, low > high {
            problems.append("95% CI low \(PropertyValue.format(low)) is above CI high \(PropertyValue.format(high))")
        }
        for key in ["hazardRatio", "median"] {
            guard let v = number(key) else { continue }
            if v <= 0 { problems.append("\(key) \(PropertyValue.format(v)) is not positive") }
            if let low, v < low { problems.append("\(key) \(PropertyValue.format(v)) is below its CI low \(PropertyValue.format(low))") }
            if let high, v > high { problems.append("\(key) \(PropertyValue.format(v)) is above its CI high \(PropertyValue.format(high))") }
        }
        for p in properties where p.key.hasSuffix("Percent") {
            if let v = p.value.doubleValue, !(0...100).contains(v) {
                problems.append("\(p.key) \(PropertyValue.format(v)) is outside 0–100")
            }
        }
        return problems
    }
}
