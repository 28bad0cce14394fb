import Foundation

/// A FHIR R4 `Bundle` (the CodeX trial-matching bundle is a `collection`) whose entries are
/// decoded by `resourceType` into the resources the patient reader maps.
package struct FHIRBundle: Decodable, Sendable {
    /// One entry's resource.
    package enum Resource: Sendable {
        case patient(FHIRPatient)
        case condition(FHIRCondition)
        case observation(FHIRObservation)
        /// `MedicationStatement`, `MedicationRequest` or `MedicationAdministration` (the type name kept).
        case medication(type: String, FHIRMedicationUse)
        /// A resource type the reader does not map (reported, not dropped silently).
        case other(type: String, id: String?)
    }

    /// An entry: its `fullUrl` and resource.
    package struct Entry: Decodable, Sendable {
        package var fullUrl: String?
        package var resource: Resource?

        enum CodingKeys: String, CodingKey { case fullUrl, resource }
        struct Header: Decodable { var resourceType: String; var id: String? }

        package init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            fullUrl = try c.decodeIfPresent(String.self, forKey: .fullUrl)
            guard let header = try c.decodeIfPresent(Header.self, forKey: .resource) else { resource = nil; return }
            switch header.resourceType {
            case "Patient": resource = .patient(try c.decode(FHIRPatient.self, forKey: .resource))
            case "Condition": resource = .condition(try c.decode(FHIRCondition.self, forKey: .resource))
            case "Observation": resource = .observation(try c.decode(FHIRObservation.self, forKey: .resource))
            case "MedicationStatement", "MedicationRequest", "MedicationAdministration":
                resource = .medication(type: header.resourceType, try c.decode(FHIRMedicationUse.self, forKey: .resource))
            default: resource = .other(type: header.resourceType, id: header.id)
            }
        }
    }

    package var resourceType: String
    package var id: String?
    package var type: String?
    package var timestamp: String?
    package var entry: [Entry]?

    /// Whether `data` is a JSON object with `"resourceType": "Bundle"` — how `evg assess`
    /// tells a FHIR bundle from a patient XML file, by content rather than by file name.
    package static func isBundle(_ data: Data) -> Bool {
        guard let first = data.first(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }),
              first == UInt8(ascii: "{") else { return false }
        struct Probe: Decodable { var resourceType: String? }
        return (try? JSONDecoder().decode(Probe.self, from: data))?.resourceType == "Bundle"
    }
}

extension FHIRBundle {
    /// Whether the file at `path` holds a FHIR bundle (see ``isBundle(_:)``); false when unreadable.
    package static func isBundle(atPath path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        return isBundle(data)
    }
}
