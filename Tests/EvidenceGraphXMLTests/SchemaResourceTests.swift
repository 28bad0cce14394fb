import Foundation
import Testing
@testable import EvidenceGraphXML

/// The XSDs are resources of EvidenceGraphXML: `Graph/schema/` is their single source,
/// `Sources/EvidenceGraphXML/Schemas/` a copy this test keeps byte-identical (SwiftPM copies a
/// symlinked resource as a link, so the copy is real), and the built bundle holds the same.
@Suite struct SchemaResourceTests {
    static let source = Paths.graph + "/schema"
    static let copy = Paths.repositoryRoot + "/Sources/EvidenceGraphXML/Schemas"

    static func xsdNames(in dir: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".xsd") }.sorted()
    }

    @Test func resourceCopyEqualsGraphSchema() throws {
        let names = try Self.xsdNames(in: Self.source)
        #expect(names.contains("evidence.xsd") && names.contains("patient.xsd"))
        #expect(try Self.xsdNames(in: Self.copy) == names, "the same files in both folders")
        for name in names {
            let a = try Data(contentsOf: URL(fileURLWithPath: Self.source + "/" + name))
            let b = try Data(contentsOf: URL(fileURLWithPath: Self.copy + "/" + name))
            #expect(a == b, "Sources/EvidenceGraphXML/Schemas/\(name) differs from Graph/schema/\(name): cp Graph/schema/*.xsd Sources/EvidenceGraphXML/Schemas/")
        }
    }

    @Test func builtBundleHoldsTheSchemas() throws {
        for name in try Self.xsdNames(in: Self.source) {
            let bundled = try #require(SchemaLocator.bundledPath(forSchemaNamed: name))
            #expect(!bundled.hasPrefix(Paths.repositoryRoot + "/Graph/"), "read from the resource bundle, not the source tree: \(bundled)")
            #expect(bundled.contains(".resources/") || bundled.contains(".bundle/"), "\(bundled)")
            let a = try Data(contentsOf: URL(fileURLWithPath: Self.source + "/" + name))
            #expect(try Data(contentsOf: URL(fileURLWithPath: bundled)) == a, "rebuild: the bundle is stale")
        }
        #expect(SchemaLocator.path(forSchemaNamed: "patient.xsd") == SchemaLocator.bundledPath(forSchemaNamed: "patient.xsd"),
                "EVG_SCHEMA overrides the evidence schema only")
        #expect(SchemaLocator.path(forSchemaNamed: "no-such.xsd") == nil)
    }

    @Test func loadValidatesAgainstTheBundledSchemaByDefault() throws {
        guard ProcessInfo.processInfo.environment[SchemaLocator.environmentVariable] == nil else { return }
        #expect(SchemaLocator.path(forSchemaNamed: SchemaLocator.evidenceSchemaName)
                == SchemaLocator.bundledPath(forSchemaNamed: "evidence.xsd"))
        #expect(loadErrors([Paths.fixture("loader/xsd.xml")]).map(place) == ["loader/xsd.xml:4:5 [xsd]"])
    }
}
