import EvidenceGraphCore
import EvidenceGraphFHIR
import Foundation
import EvidenceGraphAssessment
import EvidenceGraphXML

/// A patient as a client sends it: the bytes of a patient XML file
/// (`Graph/schema/patient.xsd`) or of a FHIR JSON bundle, told apart by their first
/// non-blank byte (`<` or `{`).
public struct PatientInput: Sendable {
    /// The two ways a patient arrives.
    public enum Format: String, Sendable {
        case xml
        case fhirJSON = "fhir-json"
    }

    public var bytes: [UInt8]
    public var format: Format
    /// The name diagnostics show (`patient.xml:12:5`).
    public var name: String

    /// The input, its format read from its first non-blank byte.
    public init(bytes: [UInt8], name: String? = nil) {
        self.bytes = bytes
        let first = bytes.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
        self.format = first == UInt8(ascii: "{") ? .fhirJSON : .xml
        self.name = name ?? (format == .xml ? "patient.xml" : "patient.json")
    }

    public init(text: String, name: String? = nil) {
        self.init(bytes: Array(text.utf8), name: name)
    }

    /// Reads the profile; a FHIR bundle's codes resolve through `graph`'s `Coding` nodes.
    /// - Throws: ``ServiceError`` `InvalidPatient` with the line and column of the first
    ///   problem (XML) or the resource and element path of every error (FHIR).
    public func profile(graph: Graph) throws(ServiceError) -> PatientProfile {
        switch format {
        case .xml:
            do throws(LoadError) {
                return try PatientFile.read(bytes: bytes, name: name)
            } catch {
                throw ServiceError(patient: error)
            }
        case .fhirJSON:
            do throws(FHIRReadError) {
                return try FHIRPatientReader(graph: graph).read(data: Data(bytes), file: name ?? "patient.json").profile
            } catch {
                throw ServiceError(patient: error)
            }
        }
    }
}
