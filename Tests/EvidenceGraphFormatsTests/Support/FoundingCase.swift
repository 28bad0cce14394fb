import EvidenceGraphAssessment
import Foundation

/// The founding case (issue 4) with what the pictures need: the knowledge base, the profile
/// and the assessment of its six options.
struct FoundingCase {
    /// The founding case's question (issue 4): its six options.
    static let question = ["everolimus+exemestane", "paclitaxel", "docetaxel", "ribociclib+fulvestrant", "doxorubicin", "olaparib"]

    let knowledge: ClinicalKnowledge
    let profile: PatientProfile
    let assessment: Assessment

    init() throws {
        knowledge = try ClinicalKnowledge(graph: Bundled.graph.get())
        profile = try PatientFile.read(Bundled.root.appendingPathComponent("Queries/patients/founding-case.xml").path)
        assessment = try Assessor(knowledge: knowledge).assess(profile, options: Self.question)
    }

    /// The option whose drugs are `drugs` (ids, any order).
    func option(_ drugs: String...) throws -> OptionAssessment {
        guard let o = assessment.options.first(where: { $0.drugs == drugs.sorted() }) else {
            throw CocoaError(.featureUnsupported, userInfo: [NSLocalizedDescriptionKey: "no option \(drugs)"])
        }
        return o
    }
}
