import Foundation
import Testing

/// `evg assess` reads a FHIR R4 bundle, told apart from patient XML by its content.
@Suite struct AssessFHIRTests {
    @Test func aBundleAssessesLikeItsXMLForm() throws {
        let fhir = try CLIRunner.run(["assess", "Queries/patients/fhir/founding-case.json", "--format", "json"])
        let xml = try CLIRunner.run(["assess", "Queries/patients/founding-case.xml", "--format", "json"])
        #expect(fhir.status == 0 && xml.status == 0, "\(fhir.stderr)")
        #expect(fhir.stdout == xml.stdout)
        #expect(fhir.stderr.isEmpty)
    }

    @Test func aBundleIsRecognisedWhateverItsFileName() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("evg-fhir-\(UUID().uuidString).xml")
        defer { try? FileManager.default.removeItem(at: file) }
        try FileManager.default.copyItem(at: CLIRunner.repositoryRoot.appendingPathComponent("Queries/patients/fhir/founding-case.json"), to: file)
        let r = try CLIRunner.run(["assess", file.path, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\"patient\" : \"case7\"") || r.stdout.contains("\"patient\": \"case7\""))
    }

    @Test func unmappableContentIsReportedByResourceAndPath() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("evg-fhir-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(#"""
            {"resourceType": "Bundle", "type": "collection", "entry": [
              {"resource": {"resourceType": "Patient", "id": "p1", "gender": "female"}},
              {"resource": {"resourceType": "Observation", "id": "er-1", "status": "final",
                "code": {"coding": [{"system": "http://loinc.org", "code": "12345-6"}]}, "valueString": "positive"}}]}
            """#.utf8).write(to: file)
        let r = try CLIRunner.run(["assess", file.path])
        #expect(r.status != 0)
        #expect(r.stderr.contains("\(file.path): error: Observation/er-1.code: unknown code http://loinc.org|12345-6"), "\(r.stderr)")
    }
}
