import EvidenceGraph
import EvidenceGraphFHIR
import Foundation

/// The bundled knowledge base (with its `Graph/codes/` terminology) and the example patients
/// in both forms: `Queries/patients/NAME.xml` and `Queries/patients/fhir/NAME.json`.
enum FHIRFixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let graph: Result<Graph, LoadError> = Result { () throws(LoadError) -> Graph in
        try GraphLoader().load([root.appendingPathComponent("Graph").path]).graph
    }

    static func xmlPath(_ name: String) -> String { root.appendingPathComponent("Queries/patients/\(name).xml").path }
    static func fhirPath(_ name: String) -> String { root.appendingPathComponent("Queries/patients/fhir/\(name).json").path }

    /// Every patient with a FHIR form.
    static var fhirPatients: [String] {
        let dir = root.appendingPathComponent("Queries/patients/fhir").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [])
            .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// Reads a bundle given as JSON text.
    static func read(_ json: String) throws -> FHIRPatientReader.Reading {
        try FHIRPatientReader(graph: graph.get()).read(data: Data(json.utf8), file: "test.json")
    }

    /// A bundle of a patient and `resources` (JSON objects as text).
    static func bundle(_ resources: String...) -> String {
        let patient = #"{"resourceType": "Patient", "id": "p1", "gender": "female"}"#
        return #"{"resourceType": "Bundle", "type": "collection", "entry": ["#
            + ([patient] + resources).map { #"{"resource": \#($0)}"# }.joined(separator: ",") + "]}"
    }
}
