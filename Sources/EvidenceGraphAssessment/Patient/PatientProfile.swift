/// A patient as the assessment sees her: the contract of `Graph/schema/patient.xsd`.
///
/// Names are as written in the file; ``PatientResolver`` maps them onto knowledge-base ids.
public struct PatientProfile: Sendable, Hashable {
    /// A biomarker result. `status` is one of `positive`, `negative`, `low`, `mutated`,
    /// `wild-type`, `unknown`; an absent biomarker counts as unknown.
    public struct Biomarker: Sendable, Hashable {
        public var name: String
        public var status: String
        /// Where it was tested: `tumor`, `germline`, `ctDNA` (optional).
        public var source: String?
        public init(name: String, status: String, source: String? = nil) {
            self.name = name
            self.status = status
            self.source = source
        }
    }

    /// A therapy the patient received.
    public struct Therapy: Sendable, Hashable {
        /// Drug names (INN, synonym, brand or Russian name) as written.
        public var drugs: [String]
        public var setting: String?
        public var line: Int?
        public var bestResponse: String?
        public var durationMonths: Double?
        /// `progression`, `completed`, `toxicity`, `ongoing`, …
        public var outcome: String?
        public init(drugs: [String], setting: String? = nil, line: Int? = nil, bestResponse: String? = nil, durationMonths: Double? = nil, outcome: String? = nil) {
            self.drugs = drugs
            self.setting = setting
            self.line = line
            self.bestResponse = bestResponse
            self.durationMonths = durationMonths
            self.outcome = outcome
        }
        /// Whether the disease progressed on this therapy.
        public var progressed: Bool { outcome == "progression" }
    }

    public var id: String
    public var age: Int?
    public var sex: String?
    public var disease: String?
    public var stage: String?
    public var biomarkers: [Biomarker] = []
    public var therapies: [Therapy] = []
    /// Clinical findings with whether they are present (`visceral-crisis` → false).
    public var findings: [String: Bool] = [:]
    public var metastaticSites: [String] = []
    public var comorbidities: [String] = []
    public var medications: [String] = []

    public init(id: String) { self.id = id }
}
