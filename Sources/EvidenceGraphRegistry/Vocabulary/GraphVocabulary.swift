import EvidenceGraphCore

/// The names of the loaded knowledge graph that registry texts are matched against: drugs
/// (by id, name, INN, synonym and brand), diseases (by id, name and synonym) and regimens
/// (by their set of component drugs). Nothing clinical is hard-coded: every name comes from
/// the graph.
public struct GraphVocabulary: Sendable {
    /// Name key → drug ids, in tiers tried in order: id and name, then INN, then synonyms and brands.
    private var drugTiers: [[String: Set<String>]] = [[:], [:], [:]]
    private var diseases: [String: Set<String>] = [:]
    /// Sorted component drug ids → regimen ids (sorted).
    private var regimensByComponents: [[String]: [String]] = [:]

    /// Reads the vocabulary of `graph`.
    public init(graph: Graph) {
        if let drug = graph.label(named: "Drug") {
            for n in graph.nodes(withLabel: drug) {
                let id = graph.id(of: n)
                add(id, names: [id] + Self.strings("name", of: n, in: graph), tier: 0)
                add(id, names: Self.strings("inn", of: n, in: graph), tier: 1)
                add(id, names: Self.strings("synonyms", of: n, in: graph) + Self.strings("brandNames", of: n, in: graph), tier: 2)
            }
        }
        if let disease = graph.label(named: "Disease") {
            for n in graph.nodes(withLabel: disease) {
                let id = graph.id(of: n)
                for name in [id] + Self.strings("name", of: n, in: graph) + Self.strings("synonyms", of: n, in: graph) {
                    diseases[NameKey.of(name), default: []].insert(id)
                }
            }
        }
        if let regimen = graph.label(named: "Regimen"), let includes = graph.relationshipType(named: "INCLUDES") {
            for n in graph.nodes(withLabel: regimen) {
                let components = Set(graph.adjacency(of: n, .outgoing, type: includes).map { graph.id(of: $0.neighbor) }).sorted()
                regimensByComponents[components, default: []].append(graph.id(of: n))
            }
            for key in regimensByComponents.keys { regimensByComponents[key]?.sort() }
        }
    }

    private mutating func add(_ id: String, names: [String], tier: Int) {
        for name in names { drugTiers[tier][NameKey.of(name), default: []].insert(id) }
    }

    private static func strings(_ key: String, of node: NodeIndex, in graph: Graph) -> [String] {
        guard let value = graph.property(key, of: node) else { return [] }
        if let list = value.listValue { return list.compactMap(\.stringValue) }
        return value.stringValue.map { [$0] } ?? []
    }

    /// How a registry name resolved against the graph's drugs.
    public enum DrugMatch: Sendable, Hashable {
        case drug(String)
        /// Several drugs share the name at the best tier that matched.
        case ambiguous([String])
        case none
    }

    /// The drug an intervention with these names is: the first candidate name, tier by tier,
    /// that names exactly one drug.
    public func drug(named candidates: [String]) -> DrugMatch {
        var ambiguous: Set<String> = []
        for tier in drugTiers {
            for key in candidates {
                guard let ids = tier[key] else { continue }
                if ids.count == 1 { return .drug(ids.first!) }
                ambiguous.formUnion(ids)
            }
            if !ambiguous.isEmpty { return .ambiguous(ambiguous.sorted()) }
        }
        return .none
    }

    /// The disease a registry condition names, when exactly one disease has that name or synonym.
    public func disease(named condition: String) -> String? {
        guard let ids = diseases[NameKey.of(condition)], ids.count == 1 else { return nil }
        return ids.first
    }

    /// The graph's regimens whose component drugs are exactly `drugs`, sorted by id.
    public func regimens(withComponents drugs: Set<String>) -> [String] {
        regimensByComponents[drugs.sorted()] ?? []
    }
}
