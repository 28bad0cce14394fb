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

    /// Reads the profile.
    /// - Throws: ``ServiceError`` `InvalidPatient` with the line and column of the first
    ///   problem; `UnsupportedMediaType` for FHIR JSON until a FHIR reader is linked.
    public func profile() throws(ServiceError) -> PatientProfile {
        switch format {
        case .xml:
            do throws(LoadError) {
                return try PatientFile.read(bytes: bytes, name: name)
            } catch {
                throw ServiceError(patient: error)
            }
        case .fhirJSON:
            // The one call to add when the EvidenceGraphFHIR target exists (map its error to
            // ServiceError(patient:) if it throws LoadError):
            //     return try FHIRPatientReader.read(bytes: bytes, name: name)
            throw ServiceError(status: 415, code: "UnsupportedMediaType",
                               message: "FHIR JSON patients are not readable yet (no FHIR reader in this build); send patient XML (Graph/schema/patient.xsd)")
        }
    }
}
