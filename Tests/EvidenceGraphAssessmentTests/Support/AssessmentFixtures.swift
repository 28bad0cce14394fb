import EvidenceGraph
import Foundation
import Testing

/// The bundled knowledge base and the example patients in `Queries/patients/`.
enum AssessmentFixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func patientPath(_ name: String) -> String {
        root.appendingPathComponent("Queries/patients/\(name).xml").path
    }

    static let knowledge: Result<ClinicalKnowledge, any Error> = Result {
        let loaded = try GraphLoader().load([root.appendingPathComponent("Graph").path])
        return try ClinicalKnowledge(graph: loaded.graph)
    }

    static func assess(_ patient: String, options: [String]? = nil, guidelines: [String]? = nil, knowledge: ClinicalKnowledge? = nil) throws -> Assessment {
        let profile = try PatientFile.read(patientPath(patient))
        return try Assessor(knowledge: knowledge ?? Self.knowledge.get()).assess(profile, options: options, guidelines: guidelines)
    }
}

extension Assessment {
    /// The option whose drugs are exactly `drugs` (any order).
    func option(_ drugs: String...) throws -> OptionAssessment {
        let wanted = drugs.sorted()
        return try #require(options.first { $0.drugs == wanted }, "no option \(wanted) in \(options.map(\.drugs))")
    }
}

extension OptionAssessment {
    var allText: String { (reasons + cautions).map(\.text).joined(separator: "\n") }
    var allCites: Set<String> { Set((reasons + cautions).flatMap(\.cites)) }
}
