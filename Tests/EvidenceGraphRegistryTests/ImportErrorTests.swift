import EvidenceGraphRegistry
import Foundation
import Testing

/// Bad input is an error with a location: `file:line:column` for XML, the JSON path for JSON.
@Suite struct ImportErrorTests {
    func write(_ text: String, _ ext: String) throws -> String {
        let path = RegistryFixtures.temporaryFolder() + "/bad." + ext
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func error(_ path: String) -> RegistryImportError? {
        do { _ = try RegistryImporter.readRecords(at: path); return nil } catch { return error }
    }

    @Test func missingNCTIdNamesTheJSONPath() throws {
        let path = try write(#"{"protocolSection": {"identificationModule": {"briefTitle": "x"}}}"#, "json")
        let e = try #require(error(path))
        #expect(e.jsonPath == "$.protocolSection.identificationModule.nctId")
        #expect(e.description.contains("$.protocolSection.identificationModule.nctId: error: required field missing"))
    }

    @Test func wrongTypeNamesTheJSONPath() throws {
        let path = try write(#"{"protocolSection": {"identificationModule": {"nctId": "NCT00000001"}, "designModule": {"enrollmentInfo": {"count": "many"}}}}"#, "json")
        #expect(try #require(error(path)).jsonPath == "$.protocolSection.designModule.enrollmentInfo.count")
    }

    @Test func malformedXMLHasALineAndColumn() throws {
        let path = try write("<clinical_study>\n  <id_info><nct_id>NCT00000001</nct_id>\n  <brief_title>x</id_info>\n</clinical_study>\n", "xml")
        let e = try #require(error(path))
        #expect(e.location?.line == 3)
        #expect(e.description.hasPrefix(path + ":3:"))
    }

    @Test func recordWithoutNCTIdIsAnError() throws {
        let path = try write("<clinical_study>\n  <brief_title>x</brief_title>\n</clinical_study>\n", "xml")
        #expect(try #require(error(path)).message.contains("nct_id"))
    }

    @Test func otherContentIsRefused() throws {
        #expect(try #require(error(try write("NCT00000001\n", "txt"))).message.contains("neither"))
    }
}
