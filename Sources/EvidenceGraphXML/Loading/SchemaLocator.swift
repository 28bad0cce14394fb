import Foundation

/// Finds the XSDs (`evidence.xsd`, `patient.xsd`) when no explicit path is given.
///
/// The schemas ship as resources of this library (`Schemas/` in its resource bundle,
/// `EvidenceGraph_EvidenceGraphXML.resources` beside the executable on Linux), so a moved or
/// installed binary validates without a source tree. `Graph/schema/` stays the schemas' single
/// source; `Sources/EvidenceGraphXML/Schemas/` is a copy a test keeps byte-identical (SwiftPM
/// copies a symlinked resource as a link, which breaks once the binary moves).
///
/// ```swift
/// SchemaLocator.path(forSchemaNamed: "evidence.xsd")   // the file a load would use
/// ```
public enum SchemaLocator {
    /// The evidence schema's file name.
    public static let evidenceSchemaName = "evidence.xsd"

    /// The environment variable that overrides the evidence schema (a path to an XSD file).
    public static let environmentVariable = "EVG_SCHEMA"

    /// The schema file a load uses for `name` when ``LoadOptions/schemaPath`` is not set:
    /// for `evidence.xsd`, `EVG_SCHEMA` when it is set; else the copy in this library's
    /// resource bundle; `nil` when the bundle is missing.
    public static func path(forSchemaNamed name: String) -> String? {
        if name == evidenceSchemaName, let env = ProcessInfo.processInfo.environment[environmentVariable], !env.isEmpty {
            return env
        }
        return bundledPath(forSchemaNamed: name)
    }

    /// The copy of `name` in this library's resource bundle, or `nil`.
    static func bundledPath(forSchemaNamed name: String) -> String? {
        guard let directory = schemaDirectory else { return nil }
        let path = directory.appendingPathComponent(name).path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// `Schemas/` of the resource bundle, or `nil` when the bundle is missing.
    static let schemaDirectory: URL? = {
        #if canImport(Darwin)
        let bundle: Bundle? = Bundle.module
        #else
        // On Linux `Bundle.module` takes the bundle beside the executable, else the one in the
        // build directory this library was built in, and stops the process when neither
        // exists. Only the first is used here: a binary moved without its bundle reports
        // `schema-not-found` rather than crashing or reading a build directory.
        let beside = Bundle.main.bundleURL.appendingPathComponent("EvidenceGraph_EvidenceGraphXML.resources")
        let bundle: Bundle? = FileManager.default.fileExists(atPath: beside.path) ? Bundle.module : nil
        #endif
        return bundle?.resourceURL?.appendingPathComponent("Schemas")
    }()
}
