import EvidenceGraph
@testable import EvidenceGraphAssessment
import Foundation

/// A knowledge base of a few nodes written in the test, for unit-testing one mechanism at a
/// time. `body` is the inside of an `<evidence>` document; a ranking policy is added unless
/// the body has one.
enum TinyKnowledge {
    static let defaultPolicy = """
        <rankingPolicy id="policy" keys="verdict biomarker-match guideline-tier grade endorsements comorbidity-cautions trial-phase effect-size"
                       preferredTies="verdict biomarker-match guideline-tier grade endorsements comorbidity-cautions trial-phase"/>
        """

    static func load(_ body: String) throws -> ClinicalKnowledge {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("evg-tiny-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("tiny.xml")
        let policy = body.contains("<rankingPolicy") ? "" : defaultPolicy
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <evidence xmlns="urn:evidencegraph:evidence:1">
            \(body)
            \(policy)
            </evidence>
            """
        try xml.write(to: file, atomically: true, encoding: .utf8)
        return try ClinicalKnowledge(graph: GraphLoader().load([file.path]).graph)
    }

    /// A patient with the given biomarkers (`name: status`), therapies and findings.
    static func patient(_ id: String = "p", biomarkers: [(String, BiomarkerStatus)] = [], therapies: [PatientProfile.Therapy] = [],
                        findings: [String: Bool] = [:], comorbidities: [String] = [], sex: String? = nil, menopausal: String? = nil,
                        age: Int? = nil, ecog: Int? = nil) -> PatientProfile {
        var p = PatientProfile(id: id)
        p.disease = "breast cancer"
        p.biomarkers = biomarkers.map { PatientProfile.Biomarker(name: $0.0, status: $0.1) }
        p.therapies = therapies
        p.findings = findings
        p.comorbidities = comorbidities
        p.sex = sex
        p.menopausalStatus = menopausal
        p.age = age
        p.ecog = ecog
        return p
    }

    /// The mechanism context for `profile` on `knowledge`.
    static func context(_ knowledge: ClinicalKnowledge, _ profile: PatientProfile) throws -> AssessmentContext {
        let patient = try PatientResolver(knowledge: knowledge).resolve(profile)
        return AssessmentContext(knowledge: knowledge, patient: patient, guidelines: Array(knowledge.guidelines.values))
    }

    /// One option's draft after the whole mechanism list.
    static func draft(_ drugs: [String], _ knowledge: ClinicalKnowledge, _ profile: PatientProfile) throws -> OptionDraft {
        OptionEvaluator(context: try context(knowledge, profile)).draft(for: drugs.sorted())
    }
}
