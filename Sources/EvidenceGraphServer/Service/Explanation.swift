import EvidenceGraphAssessment
import EvidenceGraphCore

/// Why an option has its verdict for one patient (`evg mcp`'s `explain` tool): the
/// assessment's reasons, cautions, guideline positions and companions, each with the ids it
/// cites, and every cited node looked up in the graph (label, title, statement, sources,
/// file and line) so that a reader can follow each sentence to its evidence.
public struct Explanation: Codable, Sendable, Hashable {
    /// A graph node a sentence cites.
    public struct Citation: Codable, Sendable, Hashable {
        public var id: String
        /// Its label; nil when the id is not a node of the graph.
        public var label: String?
        /// Acronym, name or title, the first it has.
        public var title: String?
        /// A recommendation's or principle's statement.
        public var statement: String?
        /// Where the statement comes from (`NCT…`, `PMID:…`, a guideline id).
        public var source: [String]
        /// The evidence file and line that defines it.
        public var location: String?
    }

    public var patient: String
    public var option: String
    public var drugs: [String]
    public var verdict: String
    public var rank: Int
    /// Why the verdict: sentences with the ids they cite.
    public var reasons: [Reason]
    public var cautions: [Reason]
    public var guidelines: [GuidelinePosition]
    public var companions: [Companion]
    /// Every id cited above, in order of first citation.
    public var citations: [Citation]

    public init(_ option: OptionAssessment, patient: String, in graph: Graph) {
        self.patient = patient
        self.option = option.name
        self.drugs = option.inns
        self.verdict = option.verdict.rawValue
        self.rank = option.rank
        self.reasons = option.reasons
        self.cautions = option.cautions
        self.guidelines = option.guidelines
        self.companions = option.companions
        var seen: Set<String> = []
        let ids = (option.reasons.flatMap(\.cites) + option.cautions.flatMap(\.cites)
                   + option.guidelines.flatMap(\.cites) + option.companions.flatMap(\.cites)).filter { seen.insert($0).inserted }
        self.citations = ids.map { Self.citation($0, in: graph) }
    }

    static func citation(_ id: String, in graph: Graph) -> Citation {
        guard let node = graph.node(withID: id) else { return Citation(id: id, source: []) }
        func text(_ key: String) -> String? { graph.property(key, of: node)?.stringValue }
        var source: [String] = []
        switch graph.property("source", of: node) {
        case .list(let items)?: source = items.compactMap { if case .string(let s) = $0 { s } else { nil } }
        case .string(let s)?: source = [s]
        default: break
        }
        return Citation(id: id, label: graph.labels(of: node).first,
                        title: text("acronym") ?? text("name") ?? text("title"),
                        statement: text("statement"), source: source,
                        location: graph.location(of: node).map { "\($0.file):\($0.line)" })
    }
}
