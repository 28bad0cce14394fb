import EvidenceGraphCore

/// A patient as the assessment sees her: the contract of `Graph/schema/patient.xsd`
/// (version 2; every version-1 file reads with the same meaning).
///
/// Names are as written in the file; `PatientResolver` maps them onto knowledge-base ids.
public struct PatientProfile: Sendable, Hashable, Codable {
    /// Where in the patient file a fact was written (`file:line:column`), for errors.
    public typealias Location = SourceLocation

    /// A biomarker result; an absent biomarker counts as unknown.
    public struct Biomarker: Sendable, Hashable, Codable {
        /// The biomarker's name as written (`ER`, `HER2`, `PIK3CA`, …).
        public var name: String
        /// The result (`positive`, `mutated`, `low`, …; ``BiomarkerStatus/unknown`` when not known).
        public var status: BiomarkerStatus
        /// Where it was tested: `tumor`, `germline`, `ctDNA` (`plasma` and any case accepted).
        public var source: String?
        /// HER2 detail: IHC score (`0`, `ultralow`, `1+`, `2+`, `3+`) and ISH result.
        public var ihc: String?
        /// ISH result: `positive` or `negative`.
        public var ish: String?
        /// A numeric score where a guideline needs one (PD-L1 CPS 12).
        public var score: Double?
        /// The scale of ``score`` as written (`CPS`, `TPS`, …); compared case-insensitively.
        public var scale: String?
        /// Where the `<biomarker>` element was written, if read from a file.
        public var location: Location?
        /// A biomarker result; every detail but the name and status is optional.
        public init(name: String, status: BiomarkerStatus, source: String? = nil, ihc: String? = nil, ish: String? = nil,
                    score: Double? = nil, scale: String? = nil, location: Location? = nil) {
            self.name = name
            self.status = status
            self.source = source
            self.ihc = ihc
            self.ish = ish
            self.score = score
            self.scale = scale
            self.location = location
        }
    }

    /// A therapy the patient received.
    public struct Therapy: Sendable, Hashable, Codable {
        /// Drug names (INN, synonym, brand or Russian name) as written.
        public var drugs: [String]
        /// The setting as written (`metastatic`, `adjuvant`, `neoadjuvant`, …; see ``TherapySetting``).
        public var setting: String?
        /// The line of metastatic therapy (1 = first line); a line without a setting counts as
        /// metastatic.
        public var line: Int?
        /// The best response as written (e.g. `PR`, `SD`); recorded, not used by the assessment.
        public var bestResponse: String?
        /// Months on the therapy, if stated (otherwise derived from ``start`` and ``end`` when both are
        /// given).
        public var durationMonths: Double?
        /// `progression`, `completed`, `toxicity`, `ongoing`, …
        public var outcome: String?
        /// The start date (written `YYYY-MM` or `YYYY-MM-DD`; the precision is kept).
        public var start: CalendarDate?
        /// The end date; absent while ongoing or unknown.
        public var end: CalendarDate?
        /// Where the `<therapy>` element was written, if read from a file.
        public var location: Location?
        /// A therapy; every detail but the drugs is optional.
        public init(drugs: [String], setting: String? = nil, line: Int? = nil, bestResponse: String? = nil, durationMonths: Double? = nil,
                    outcome: String? = nil, start: CalendarDate? = nil, end: CalendarDate? = nil, location: Location? = nil) {
            self.drugs = drugs
            self.setting = setting
            self.line = line
            self.bestResponse = bestResponse
            self.durationMonths = durationMonths
            self.outcome = outcome
            self.start = start
            self.end = end
            self.location = location
        }
        /// Whether the disease progressed on this therapy.
        public var progressed: Bool { outcome.flatMap(TherapyOutcome.init(rawValue:)) == .progression }
    }

    /// The patient's identifier (the file's `id` attribute).
    public var id: String
    /// Age in whole years.
    public var age: Int?
    /// `female` or `male`.
    public var sex: String?
    /// `premenopausal`, `perimenopausal`, `postmenopausal`.
    public var menopausalStatus: String?
    /// ECOG performance status 0–4.
    public var ecog: Int?
    /// The date of the assessment.
    public var assessed: CalendarDate?
    /// The diagnosed disease as written; resolved against the knowledge base's disease names.
    public var disease: String?
    /// The stage as written (e.g. `IV`); recorded, not interpreted.
    public var stage: String?
    /// Date of diagnosis.
    public var diagnosisDate: CalendarDate?
    /// Date of metastatic relapse or metastatic diagnosis.
    public var metastaticDate: CalendarDate?
    /// Biomarker results, one per name and testing source, in file order.
    public var biomarkers: [Biomarker] = []
    /// Prior and current therapies, in file order.
    public var therapies: [Therapy] = []
    /// Clinical findings with whether they are present (`visceral-crisis` → false).
    public var findings: [String: Bool] = [:]
    /// Sites of metastasis as written (`bone`, `liver`, …).
    public var metastaticSites: [String] = []
    /// Comorbidities as written.
    public var comorbidities: [String] = []
    /// Current non-cancer medications as written (for interaction checks).
    public var medications: [String] = []
    /// Where each named fact was written, by name (for errors about unknown names).
    public var locations: [String: Location] = [:]

    /// An empty profile with only its identifier; fill in the rest, or read one with
    /// ``PatientFile/read(_:)``.
    public init(id: String) { self.id = id }
}
