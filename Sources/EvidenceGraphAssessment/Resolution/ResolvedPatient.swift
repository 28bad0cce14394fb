/// A patient with every name mapped onto knowledge-base ids, and the clinical state derived
/// from the profile and the knowledge base (`PatientState`).
public struct ResolvedPatient: Sendable, Hashable {
    /// One biomarker's results: the stated status and those derived from it or from others.
    public struct BiomarkerResult: Sendable, Hashable, Codable {
        public var statuses: Set<BiomarkerStatus>
        /// Whether the file stated the biomarker itself (else it was derived).
        public var stated: Bool
        public var source: TestingSource?
        public var ihc: String?
        public var ish: String?
        public var score: Double?
        public var scale: String?
        /// The derivations that added statuses.
        public var derivedBy: [String] = []
    }

    /// A therapy with its drugs resolved.
    public struct Therapy: Sendable, Hashable, Codable {
        public var drugs: [String]
        /// Names of the history that the knowledge base does not know.
        public var unknownDrugs: [String]
        public var setting: TherapySetting?
        public var line: Int?
        public var outcome: TherapyOutcome?
        /// Months on the therapy (stated, or from start and end dates).
        public var months: Double?
        /// Months from the therapy's end to metastatic relapse (from dates).
        public var monthsToRelapse: Double?
        public var progressed: Bool { outcome == .progression }
        /// Given for metastatic disease (a stated setting, or a line number without one).
        public var isMetastatic: Bool { setting.map(\.includesMetastatic) ?? (line != nil) }
    }

    public var id: String
    public var age: Int?
    public var ecog: Int?
    public var biomarkers: [String: BiomarkerResult]
    public var therapies: [Therapy]
    /// Drugs the disease progressed on.
    public var progressedDrugs: Set<String>
    /// Every drug received.
    public var receivedDrugs: Set<String>
    /// Findings present (stated, from sex and menopausal status, or derived) / stated absent.
    public var presentFindings: Set<String>
    public var absentFindings: Set<String>
    /// Findings stated in the file (their kinds are not derived).
    public var statedFindings: Set<String>
    public var sites: Set<String>
    public var comorbidities: Set<String>
    public var medications: Set<String>
    /// Facts the file gave that the knowledge base does not know (assessment goes on).
    public var warnings: [String]
    /// Findings derived by state rules: finding id → the rule that derived it.
    public var derivedFindings: [String: String] = [:]
    /// State-rule groups whose state could not be established, with why.
    public var undetermined: [String: String] = [:]

    /// The patient's statuses of a biomarker (empty: unknown).
    public func statuses(of biomarker: String) -> Set<BiomarkerStatus> {
        let s = biomarkers[biomarker]?.statuses ?? []
        return s.subtracting([.unknown])
    }

    /// The biomarker's status as text (`positive`, `low/negative`, `unknown`).
    public func status(of biomarker: String) -> String {
        let s = statuses(of: biomarker)
        return s.isEmpty ? "unknown" : s.map(\.rawValue).sorted().joined(separator: "/")
    }

    /// Everything that is true of the patient and that a principle's `unless` or a
    /// recommendation's exclusion may name: present findings, comorbidities, sites.
    public var conditions: Set<String> { presentFindings.union(comorbidities).union(sites) }

    /// Metastatic lines received so far.
    public var priorMetastaticLines: Int {
        var lines: Set<Int> = []
        var unnumbered = 0
        for t in therapies where t.isMetastatic {
            if let l = t.line { lines.insert(l) } else { unnumbered += 1 }
        }
        return lines.count + unnumbered
    }

    /// The line a new therapy would be.
    public var currentLine: Int { priorMetastaticLines + 1 }
}
