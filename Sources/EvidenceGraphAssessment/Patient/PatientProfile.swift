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
        public var name: String
        public var status: BiomarkerStatus
        /// Where it was tested: `tumor`, `germline`, `ctDNA` (`plasma` and any case accepted).
        public var source: String?
        /// HER2 detail: IHC score (`0`, `ultralow`, `1+`, `2+`, `3+`) and ISH result.
        public var ihc: String?
        public var ish: String?
        /// A numeric score where a guideline needs one (PD-L1 CPS 12).
        public var score: Double?
        public var scale: String?
        public var location: Location?
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
        public var setting: String?
        public var line: Int?
        public var bestResponse: String?
        public var durationMonths: Double?
        /// `progression`, `completed`, `toxicity`, `ongoing`, …
        public var outcome: String?
        /// Start and end as written (`YYYY-MM` or `YYYY-MM-DD`).
        public var start: String?
        public var end: String?
        public var location: Location?
        public init(drugs: [String], setting: String? = nil, line: Int? = nil, bestResponse: String? = nil, durationMonths: Double? = nil,
                    outcome: String? = nil, start: String? = nil, end: String? = nil, location: Location? = nil) {
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

    public var id: String
    public var age: Int?
    /// `female` or `male`.
    public var sex: String?
    /// `premenopausal`, `perimenopausal`, `postmenopausal`.
    public var menopausalStatus: String?
    /// ECOG performance status 0–4.
    public var ecog: Int?
    /// The date of the assessment (`YYYY-MM[-DD]`).
    public var assessed: String?
    public var disease: String?
    public var stage: String?
    /// Date of diagnosis and of metastatic relapse or diagnosis.
    public var diagnosisDate: String?
    public var metastaticDate: String?
    public var biomarkers: [Biomarker] = []
    public var therapies: [Therapy] = []
    /// Clinical findings with whether they are present (`visceral-crisis` → false).
    public var findings: [String: Bool] = [:]
    public var metastaticSites: [String] = []
    public var comorbidities: [String] = []
    public var medications: [String] = []
    /// Where each named fact was written, by name (for errors about unknown names).
    public var locations: [String: Location] = [:]

    public init(id: String) { self.id = id }
}
