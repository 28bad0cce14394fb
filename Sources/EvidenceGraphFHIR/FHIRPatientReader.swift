import Foundation
import EvidenceGraphCore
import EvidenceGraphAssessment

/// Reads a FHIR R4 `Bundle` (mCODE STU4, Genomics Reporting) into the same `PatientProfile`
/// the patient XML reader produces, resolving clinical codes through the graph's `Coding`
/// nodes. See docs/assessment.md, "FHIR patients", for what is read from where.
///
/// ```swift
/// let loaded = try GraphLoader().load(["Graph"])
/// let reading = try FHIRPatientReader(graph: loaded.graph).read(path: "patient-bundle.json")
/// for warning in reading.warnings { print(warning) }
/// let assessment = try Assessor(knowledge: ClinicalKnowledge(graph: loaded.graph)).assess(reading.profile)
/// ```
///
/// - Complexity: Creating a reader indexes the graph's `Coding` nodes and named entities once,
///   O(N + M); build one per graph and reuse it. Reading a bundle is linear in its size, each
///   code resolved by a hash lookup.
public struct FHIRPatientReader: Sendable {
    /// A profile and the warnings met on the way.
    public struct Reading: Sendable {
        /// The patient, as `PatientFile` would have read the same facts from XML.
        public var profile: PatientProfile
        /// Content read differently or not used (no errors: those throw), in bundle order.
        public var warnings: [FHIRIssue]
    }

    let terminology: GraphTerminology

    /// A reader resolving codes through `graph` (its `CodeSystem` and `Coding` nodes).
    public init(graph: Graph) {
        terminology = GraphTerminology(graph: graph)
    }

    /// Reads the bundle at `path`.
    /// - Throws: ``FHIRReadError`` when the file is not a readable bundle or any content does
    ///   not map (an unknown code, answer or value), with every issue by resource and path.
    public func read(path: String) throws(FHIRReadError) -> Reading {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw FHIRReadError(file: path, issues: [FHIRIssue(.error, "Bundle", "", "cannot read the file: \(error.localizedDescription)")])
        }
        return try read(data: data, file: path)
    }

    /// Reads a bundle from `data`; `file` names it in errors.
    public func read(data: Data, file: String) throws(FHIRReadError) -> Reading {
        let bundle: FHIRBundle
        do { bundle = try JSONDecoder().decode(FHIRBundle.self, from: data) } catch {
            throw FHIRReadError(file: file, issues: [FHIRIssue(.error, "Bundle", "", "not a FHIR R4 JSON bundle: \(Self.describe(error))")])
        }
        guard bundle.resourceType == "Bundle" else {
            throw FHIRReadError(file: file, issues: [FHIRIssue(.error, bundle.resourceType, "", "expected a Bundle")])
        }
        var mapping = BundleMapping(terminology: terminology, bundle: bundle)
        mapping.run()
        if mapping.issues.contains(where: { $0.severity == .error }) {
            throw FHIRReadError(file: file, issues: mapping.issues)
        }
        return Reading(profile: mapping.profile, warnings: mapping.issues)
    }

    static func describe(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .keyNotFound(_, let c), .dataCorrupted(let c):
            let path = c.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return (path.isEmpty ? "" : "at \(path.drop { $0 == "." }): ") + c.debugDescription
        default: return String(describing: error)
        }
    }
}
