import EvidenceGraphCore

/// The graph's terminology layer as a lookup: a FHIR coding (`system` URI and `code`) →
/// the knowledge-base entities its `Coding` node `CODES`, with the coding's `aspect`; and
/// names of entities → id, label and `kind` (for concepts written as text only).
struct GraphTerminology: Sendable {
    /// An entity a coding or name stands for.
    struct Target: Sendable, Hashable {
        var id: String
        var label: String
        /// The entity's `kind` property (a Finding's `menopausal-status`, …).
        var kind: String?
        /// The coding's `aspect` (`status`, `ihc`, `ish`, `score`), when it came from a coding.
        var aspect: String?
    }

    private var byCode: [String: [Target]] = [:]
    private var byName: [String: [Target]] = [:]

    init(graph: Graph) {
        func string(_ key: String, _ node: NodeIndex) -> String? { graph.property(key, of: node)?.stringValue }
        func target(_ node: NodeIndex, aspect: String?) -> Target {
            Target(id: graph.id(of: node), label: graph.labels(of: node).first ?? "", kind: string("kind", node), aspect: aspect)
        }
        if let coding = graph.label(named: "Coding"), let inSystem = graph.relationshipType(named: "IN_SYSTEM"),
           let codes = graph.relationshipType(named: "CODES") {
            for node in graph.nodes(withLabel: coding) {
                guard let code = string("code", node) else { continue }
                let aspect = string("aspect", node)
                let targets = graph.adjacency(of: node, .outgoing, type: codes).map { target($0.neighbor, aspect: aspect) }
                for system in graph.adjacency(of: node, .outgoing, type: inSystem) {
                    let aliases = graph.property("aliases", of: system.neighbor)?.listValue?.compactMap(\.stringValue) ?? []
                    for uri in [string("uri", system.neighbor)].compactMap({ $0 }) + aliases {
                        byCode[Self.key(uri, code), default: []].append(contentsOf: targets)
                    }
                }
            }
        }
        for label in ["Drug", "Biomarker", "Comorbidity", "Finding", "MetastaticSite", "Disease"] {
            guard let l = graph.label(named: label) else { continue }
            for node in graph.nodes(withLabel: l) {
                let t = target(node, aspect: nil)
                var names = [t.id]
                if let n = string("name", node) { names.append(n) }
                for name in names { byName[Self.normalised(name), default: []].append(t) }
            }
        }
    }

    /// The entities `system|code` stands for, restricted to `labels`.
    func targets(system: String?, code: String?, labels: Set<String>) -> [Target] {
        guard let system, let code else { return [] }
        return (byCode[Self.key(system, code)] ?? []).filter { labels.contains($0.label) }
    }

    /// Whether the graph knows `system|code` at all (for any label).
    func knows(system: String?, code: String?) -> Bool {
        guard let system, let code else { return false }
        return byCode[Self.key(system, code)] != nil
    }

    /// The entity named `name` (its id or `name`, any case, spaces as hyphens) among `labels`.
    func named(_ name: String, labels: Set<String>) -> Target? {
        byName[Self.normalised(name)]?.first { labels.contains($0.label) }
    }

    static func key(_ system: String, _ code: String) -> String {
        var s = system.trimmed
        while s.hasSuffix("/") { s.removeLast() }
        return s + "|" + code.trimmed
    }

    static func normalised(_ name: String) -> String {
        String(name.lowercased().trimmed.map { $0 == " " || $0 == "_" ? "-" : $0 })
    }
}
