/// A patient with every name mapped onto knowledge-base ids, and the clinical state derived
/// from the profile and the knowledge base (`PatientState`).
package struct ResolvedPatient: Sendable, Hashable {
    /// One biomarker's results: the stated status and those derived from it or from others.
    package struct BiomarkerResult: Sendable, Hashable, Codable {
        package var statuses: Set<BiomarkerStatus>
        /// Whether the file stated the biomarker itself (else it was derived).
        package var stated: Bool
        package var source: TestingSource?
        package var ihc: String?
        package var ish: String?
        package var score: Double?
        package var scale: String?
        /// The derivations that added statuses.
        package var derivedBy: [String] = []
    }

    /// A therapy with its drugs resolved.
    package struct Therapy: Sendable, Hashable, Codable {
        package var drugs: [String]
        /// Names of the history that the knowledge base does not know.
        package var unknownDrugs: [String]
        package var setting: TherapySetting?
        package var line: Int?
        package var outcome: TherapyOutcome?
        /// Months on the therapy (stated, or from start and end dates).
        package var months: Double?
        /// Months from the therapy's end to metastatic relapse (from dates).
        package var monthsToRelapse: Double?
        package var progressed: Bool { outcome == .progression }
        /// Given for metastatic disease (a stated setting, or a line number without one).
        package var isMetastatic: Bool { setting.map(\.includesMetastatic) ?? (line != nil) }
    }

    package var id: String
    package var age: Int?
    package var ecog: Int?
    package var biomarkers: [String: BiomarkerResult]
    package var therapies: [Therapy]
    /// Drugs the disease progressed on.
    package var progressedDrugs: Set<String>
    /// Every drug received.
    package var receivedDrugs: Set<String>
    /// Findings present (stated, from sex and menopausal status, or derived) / stated absent.
    package var presentFindings: Set<String>
    package var absentFindings: Set<String>
    /// Findings stated in the file (their kinds are not derived).
    package var statedFindings: Set<String>
    package var sites: Set<String>
    package var comorbidities: Set<String>
    package var medications: Set<String>
    /// Facts the file gave that the knowledge base does not know (assessment goes on).
    package var warnings: [String]
    /// Findings derived by state rules: finding id → the rule that derived it.
    package var derivedFindings: [String: String] = [:]
    /// State-rule groups whose state could not be established, with why.
    package var undetermined: [String: String] = [:]

    /// The patient's statuses of a biomarker (empty: unknown).
    package func statuses(of biomarker: String) -> Set<BiomarkerStatus> {
        let s = biomarkers[biomarker]?.statuses ?? []
        return s.subtracting([.unknown])
    }

    /// The biomarker's status as text (`positive`, `low/negative`, `unknown`).
    package func status(of biomarker: String) -> String {
        let s = statuses(of: biomarker)
        return s.isEmpty ? "unknown" : s.map(\.rawValue).sorted().joined(separator: "/")
    }

    /// Everything that is true of the patient and that a principle's `unless` or a
    /// recommendation's exclusion may name: present findings, comorbidities, sites.
    package var conditions: Set<String> { presentFindings.union(comorbidities).union(sites) }

    /// Metastatic lines received so far.
    package var priorMetastaticLines: Int {
        var lines: Set<Int> = []
        var unnumbered = 0
        for t in therapies where t.isMetastatic {
            if let l = t.line { lines.insert(l) } else { unnumbered += 1 }
        }
        return lines.count + unnumbered
    }

    /// The line a new therapy would be.
    package var currentLine: Int { priorMetastaticLines + 1 }
}
