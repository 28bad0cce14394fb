import EvidenceGraphAssessment
import EvidenceGraphCore
import EvidenceGraphFormats
import EvidenceGraphQuery
import EvidenceGraphServer
import EvidenceGraphXML
import Foundation

/// The repository's knowledge base (`Graph/`), loaded once for every test, its example
/// patients and queries, and services over it with chosen limits.
enum Fixture {
    /// The repository root (three folders above `Support/`).
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let loaded: Result<Graph, LoadError> = Result { () throws(LoadError) -> Graph in
        try GraphLoader().load([root.appendingPathComponent("Graph").path]).graph
    }

    static var graph: Graph { get throws { try loaded.get() } }

    /// A service over the bundled graph; the default limits are the CLI's.
    static func service(timeout: Double? = 60, maxRows: Int? = 1_000_000, maxBody: Int = ServiceLimits.defaultMaxBodyBytes) throws -> GraphService {
        GraphService(graph: try graph, limits: ServiceLimits(query: QueryOptions(timeout: timeout, maxRows: maxRows, maxMemory: 1_000_000_000),
                                                             maxBodyBytes: maxBody))
    }

    /// The text of `Queries/patients/NAME.xml`.
    static func patient(_ name: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("Queries/patients/\(name).xml"), encoding: .utf8)
    }

    /// The text of `Queries/patients/fhir/NAME.json` (the same patient as a FHIR R4 bundle).
    static func fhirPatient(_ name: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("Queries/patients/fhir/\(name).json"), encoding: .utf8)
    }

    /// The text of `Queries/NAME.cypher`.
    static func query(_ name: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("Queries/\(name).cypher"), encoding: .utf8)
    }

    /// The assessment the library gives directly, without a server.
    static func directAssessment(_ patient: String, options: [String]? = nil) throws -> Assessment {
        let profile = try PatientFile.read(root.appendingPathComponent("Queries/patients/\(patient).xml").path)
        return try Assessor(knowledge: ClinicalKnowledge(graph: graph)).assess(profile, options: options)
    }

    /// The query contract document the library gives directly.
    static func directQuery(_ text: String, parameters: [String: EvidenceGraphQuery.Value] = [:]) throws -> QueryResultDocument {
        QueryResultDocument(try graph.query(text, parameters: parameters))
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try ContractJSON.decoder().decode(T.self, from: Data(text.utf8))
    }
}
