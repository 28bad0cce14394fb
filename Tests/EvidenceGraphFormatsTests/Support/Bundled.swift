import EvidenceGraphAssessment
import EvidenceGraphCore
import EvidenceGraphXML
import Foundation

/// The repository's bundled knowledge base (`Graph/`), loaded once, and its example patients
/// (`Queries/patients/`).
enum Bundled {
    /// The repository root (three folders above `Support/`).
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let graph: Result<Graph, LoadError> = Result { () throws(LoadError) -> Graph in
        try GraphLoader().load([root.appendingPathComponent("Graph").path]).graph
    }

    /// Assesses the example patient `name` (`Queries/patients/NAME.xml`) on the bundled graph.
    static func assess(_ name: String, options: [String]? = nil) throws -> Assessment {
        let profile = try PatientFile.read(root.appendingPathComponent("Queries/patients/\(name).xml").path)
        return try Assessor(knowledge: ClinicalKnowledge(graph: graph.get())).assess(profile, options: options)
    }
}
