import EvidenceGraphAssessment

/// The rows of a forest plot: one hazard ratio (with its 95% CI when recorded) per trial
/// outcome — endpoint and population — of the trials that tested an option's regimen, the
/// populations that fit the patient marked. Read from the knowledge base's outcomes.
public struct ForestPlot: Sendable, Hashable {
    /// One trial outcome: its hazard ratio, 95% CI when recorded, and whether its population fits the patient.
    public struct Row: Sendable, Hashable {
        /// "BOLERO-2 · PFS".
        public var label: String
        /// "BOLERO-2 ITT · primary endpoint, investigator, final".
        public var detail: String
        /// The hazard ratio as the trial reports it, experimental arm against control (see ``ForestPlot/Row/optionIsControl``).
        public var hazardRatio: Double
        /// The lower bound of the 95% CI, when recorded.
        public var ciLow: Double?
        /// The upper bound of the 95% CI, when recorded.
        public var ciHigh: Double?
        /// Whether the row's population fits the patient (nil: the outcome names no population).
        public var fitsPatient: Bool?
        /// Whether the option is the trial's control arm (then HR < 1 favours the other arm).
        public var optionIsControl: Bool
        /// Where the number can be read.
        public var url: String?

        /// A row from its values; only `label`, `detail` and `hazardRatio` are required.
        public init(label: String, detail: String, hazardRatio: Double, ciLow: Double? = nil, ciHigh: Double? = nil,
                    fitsPatient: Bool? = nil, optionIsControl: Bool = false, url: String? = nil) {
            self.label = label
            self.detail = detail
            self.hazardRatio = hazardRatio
            self.ciLow = ciLow
            self.ciHigh = ciHigh
            self.fitsPatient = fitsPatient
            self.optionIsControl = optionIsControl
            self.url = url
        }
    }

    /// The plot's title: the option's name.
    public var title: String
    /// The rows, drawn top to bottom.
    public var rows: [Row]

    /// A plot of `rows` titled `title`.
    public init(title: String, rows: [Row]) {
        self.title = title
        self.rows = rows
    }

    /// The forest plot of `option`: its regimen's trials' outcomes with a hazard ratio, final
    /// analyses before interim ones, primary endpoints first.
    package static func of(_ option: OptionAssessment, fit: EvidenceFit) -> ForestPlot {
        guard let regimen = option.regimen else { return ForestPlot(title: option.name, rows: []) }
        let links = SourceLinks(graph: fit.knowledge.graph)
        var rows: [Row] = []
        let trials = fit.knowledge.trials.values.filter { !$0.arms(using: regimen).isEmpty }.sorted { $0.id < $1.id }
        for t in trials {
            let arms = t.arms(using: regimen)
            let isControl = arms.allSatisfy { $0.role == .control }
            let outcomes = t.outcomes.filter { ($0.hazardRatio ?? 0) > 0 }.sorted { Self.readingOrder($0) < Self.readingOrder($1) }
            for o in outcomes {
                let population = o.population.flatMap { p in t.populations.first { $0.id == p } }
                let fits = population.map { fit.state(of: $0, forDrugs: option.drugs).state == .met }
                var detail = [population?.name ?? "all patients"]
                if let s = o.subgroup { detail.append(s) }
                detail += o.qualifiers
                rows.append(Row(
                    label: t.name + " · " + o.endpoint, detail: detail.joined(separator: " · "), hazardRatio: o.hazardRatio!,
                    ciLow: o.ciLow, ciHigh: o.ciHigh, fitsPatient: fits, optionIsControl: isControl,
                    url: links.url(forNode: o.id) ?? links.url(forNode: t.id)))
            }
        }
        return ForestPlot(title: option.name, rows: rows)
    }

    /// Final analyses before interim ones, primary endpoints first, then by endpoint.
    static func readingOrder(_ o: OutcomeFacts) -> String {
        (o.isInterim ? "1" : "0") + (o.primary ? "0" : "1") + o.endpoint + "|" + o.id
    }
}
