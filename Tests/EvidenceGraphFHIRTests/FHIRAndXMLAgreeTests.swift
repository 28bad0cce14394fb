import EvidenceGraph
import EvidenceGraphFHIR
import Foundation
import Testing

/// Each example patient written as a FHIR bundle assesses exactly as its patient XML file:
/// the `evg assess --format json` document (verbose, with the derived state and warnings) is equal.
@Suite struct FHIRAndXMLAgreeTests {
    @Test func thereAreFHIRPatientsForTheFoundingCaseAndOthers() {
        let names = Set(FHIRFixtures.fhirPatients)
        #expect(names.contains("founding-case"))
        #expect(names.count >= 5)
    }

    @Test(arguments: FHIRFixtures.fhirPatients)
    func bothFormsGiveTheSameAssessment(_ name: String) throws {
        let graph = try FHIRFixtures.graph.get()
        let knowledge = try ClinicalKnowledge(graph: graph)
        let xml = try PatientFile.read(FHIRFixtures.xmlPath(name))
        let reading = try FHIRPatientReader(graph: graph).read(path: FHIRFixtures.fhirPath(name))
        #expect(reading.warnings.isEmpty, "\(reading.warnings.map(\.description))")
        let fhir = reading.profile
        #expect(fhir.id == xml.id)
        #expect(fhir.age == xml.age && fhir.sex == xml.sex && fhir.menopausalStatus == xml.menopausalStatus && fhir.ecog == xml.ecog)
        #expect(fhir.diagnosisDate == xml.diagnosisDate && fhir.metastaticDate == xml.metastaticDate && fhir.stage == xml.stage)
        #expect(fhir.therapies.map(\.drugs.count) == xml.therapies.map(\.drugs.count))
        #expect(fhir.therapies.map(\.outcome) == xml.therapies.map(\.outcome))
        #expect(fhir.therapies.map(\.setting) == xml.therapies.map(\.setting))
        #expect(fhir.therapies.map(\.line) == xml.therapies.map(\.line))
        #expect(fhir.therapies.map(\.durationMonths) == xml.therapies.map(\.durationMonths))
        #expect(fhir.therapies.map(\.end) == xml.therapies.map(\.end))
        #expect(fhir.biomarkers.count == xml.biomarkers.count)
        let assessor = Assessor(knowledge: knowledge)
        let fromXML = AssessmentJSON.text(try assessor.assess(xml, options: nil, guidelines: nil), verbose: true, pretty: true)
        let fromFHIR = AssessmentJSON.text(try assessor.assess(fhir, options: nil, guidelines: nil), verbose: true, pretty: true)
        #expect(fromFHIR == fromXML)
        #expect(fromXML.contains("\"options\""))
    }

    @Test func theFoundingCaseResolvesItsCodes() throws {
        let p = try FHIRPatientReader(graph: FHIRFixtures.graph.get()).read(path: FHIRFixtures.fhirPath("founding-case")).profile
        #expect(p.disease == "breast-cancer", "SNOMED 372064008 through the graph")
        #expect(Set(p.biomarkers.map(\.name)) == ["er", "pr", "her2", "pik3ca", "brca1", "brca2", "palb2"])
        #expect(p.biomarkers.first { $0.name == "brca2" }?.source == "germline")
        #expect(p.biomarkers.first { $0.name == "pik3ca" }?.source == "tumor")
        #expect(p.therapies.map { $0.drugs.sorted() } == [["tamoxifen"], ["abemaciclib", "letrozole"]], "RxNorm codes; one regimen per groupIdentifier")
        #expect(p.medications == ["metformin", "rosuvastatin"])
        #expect(p.findings == ["visceral crisis": false])
        #expect(p.comorbidities == ["type-2-diabetes", "coronary-artery-disease", "hypertension"], "SNOMED CT 44054006, 53741008, 38341003 (Graph/codes/snomed-ct.xml)")
        #expect(p.metastaticSites == ["lung", "bone"], "bodySite SNOMED CT 39607008, then bodySite text")
    }
}
