import EvidenceGraph
import EvidenceGraphFHIR
import Foundation
import Testing

/// Content that does not map is reported by resource and element path, never dropped silently:
/// unknown codes and answers are errors (as unknown names and values in a patient file),
/// content read another way or not used is a warning.
@Suite struct FHIRUnmappableTests {
    func issues(_ json: String) -> [String] {
        do {
            return try FHIRFixtures.read(json).warnings.map { "warning: \($0)" }
        } catch let error as FHIRReadError {
            return error.issues.map { "\($0.severity.rawValue): \($0)" }
        } catch {
            return ["\(error)"]
        }
    }

    @Test func anUnknownObservationCodeIsAnError() {
        let json = FHIRFixtures.bundle(#"{"resourceType": "Observation", "id": "er-1", "status": "final", "code": {"coding": [{"system": "http://loinc.org", "code": "12345-6"}]}, "valueString": "positive"}"#)
        #expect(issues(json) == ["error: Observation/er-1.code: unknown code http://loinc.org|12345-6"])
    }

    @Test func anUnknownAnswerIsAnErrorAtTheValue() {
        let json = FHIRFixtures.bundle(#"{"resourceType": "Observation", "id": "er-1", "status": "final", "code": {"coding": [{"system": "http://loinc.org", "code": "16112-5"}]}, "valueCodeableConcept": {"coding": [{"system": "http://loinc.org", "code": "LA99999-9", "display": "Weakly stained"}]}}"#)
        #expect(issues(json) == ["error: Observation/er-1.valueCodeableConcept: unknown code http://loinc.org|LA99999-9 ('Weakly stained')"])
    }

    @Test func anUnknownIHCScoreAndAMissingGeneAreErrors() {
        let json = FHIRFixtures.bundle(
            #"{"resourceType": "Observation", "id": "her2-ihc", "status": "final", "code": {"coding": [{"system": "http://loinc.org", "code": "85319-2"}]}, "valueString": "4+"}"#,
            #"{"resourceType": "Observation", "id": "v1", "status": "final", "code": {"coding": [{"system": "http://loinc.org", "code": "69548-6"}]}, "valueCodeableConcept": {"text": "Present"}, "component": [{"code": {"coding": [{"system": "http://loinc.org", "code": "48018-6"}]}, "valueCodeableConcept": {"coding": [{"system": "http://www.genenames.org/geneId", "code": "HGNC:0"}]}}]}"#)
        #expect(issues(json) == [
            "error: Observation/her2-ihc.valueString: unknown IHC score '4+' (0, ultralow, 1+, 2+ or 3+ expected)",
            "error: Observation/v1.component[0].valueCodeableConcept: unknown code http://www.genenames.org/geneId|HGNC:0",
        ])
    }

    @Test func aDateThatIsNoDateIsAnErrorAtItsPath() {
        let json = FHIRFixtures.bundle(
            #"{"resourceType": "Condition", "id": "met", "meta": {"profile": ["http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-secondary-cancer-condition"]}, "code": {"text": "bone"}, "onsetDateTime": "2024-02-30"}"#,
            #"{"resourceType": "MedicationStatement", "id": "m1", "status": "completed", "meta": {"profile": ["http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-cancer-related-medication-statement"]}, "medicationCodeableConcept": {"text": "letrozole"}, "effectivePeriod": {"start": "2023-13", "end": "2024-01-15T10:00:00Z"}}"#)
        #expect(issues(json) == [
            "error: Condition/met.onsetDateTime: '2024-02-30' is not a FHIR date (YYYY, YYYY-MM or YYYY-MM-DD, optionally with a time)",
            "error: MedicationStatement/m1.effectivePeriod.start: '2023-13' is not a FHIR date (YYYY, YYYY-MM or YYYY-MM-DD, optionally with a time)",
        ])
    }

    @Test func anUnknownDrugCodeWithANameIsReadByNameWithAWarning() throws {
        let json = FHIRFixtures.bundle(#"{"resourceType": "MedicationStatement", "id": "m1", "status": "active", "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "0"}], "text": "Afinitor"}}"#)
        let reading = try FHIRFixtures.read(json)
        #expect(reading.profile.medications == ["Afinitor"])
        #expect(reading.warnings.map(\.description) == ["MedicationStatement/m1.medicationCodeableConcept: unknown code http://www.nlm.nih.gov/research/umls/rxnorm|0; read by its name 'Afinitor'"])
    }

    @Test func unreadResourcesAndPastNonCancerMedicationsAreWarnings() {
        let json = FHIRFixtures.bundle(
            #"{"resourceType": "Procedure", "id": "surgery-1", "status": "completed"}"#,
            #"{"resourceType": "MedicationStatement", "id": "m2", "status": "completed", "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "6809"}]}}"#)
        #expect(issues(json) == [
            "warning: Procedure/surgery-1: resource type Procedure is not read by the patient mapping",
            "warning: MedicationStatement/m2.status: 'metformin' is neither a cancer-related therapy (mCODE profile, reasonReference to a cancer condition) nor current (status completed); not used",
        ])
    }

    @Test func contradictoryResultsAreAnError() {
        let er = { (id: String, answer: String) in
            #"{"resourceType": "Observation", "id": "\#(id)", "status": "final", "code": {"coding": [{"system": "http://loinc.org", "code": "16112-5"}]}, "valueString": "\#(answer)"}"#
        }
        #expect(issues(FHIRFixtures.bundle(er("er-1", "positive"), er("er-2", "negative")))
                == ["error: Observation/er-2: biomarker 'er' is given twice with different results (positive in Observation/er-1, negative here)"])
    }

    @Test func notABundleIsAnError() {
        #expect(issues(#"{"resourceType": "Patient", "id": "p"}"#) == ["error: Patient: expected a Bundle"])
        #expect(issues(FHIRFixtures.bundle().replacingOccurrences(of: #""type": "collection","#, with: #""type": 7,"#)).first?.hasPrefix("error: Bundle: not a FHIR R4 JSON bundle: at type") == true)
    }

    @Test func bundlesAreToldApartByContent() {
        #expect(FHIRBundle.isBundle(Data(FHIRFixtures.bundle().utf8)))
        #expect(!FHIRBundle.isBundle(Data(#"{"resourceType": "Patient"}"#.utf8)))
        #expect(!FHIRBundle.isBundle(Data("<?xml version=\"1.0\"?><patient id=\"x\"/>".utf8)))
        #expect(FHIRBundle.isBundle(atPath: FHIRFixtures.fhirPath("founding-case")))
        #expect(!FHIRBundle.isBundle(atPath: FHIRFixtures.xmlPath("founding-case")))
    }

    /// `Patient.gender` reaches the profile as given; the shared resolver turns `male` into the
    /// graph's finding and reports a value the graph has no finding for, as for patient XML.
    @Test func genderIsResolvedAgainstTheGraphLikeTheXMLSex() throws {
        let knowledge = try ClinicalKnowledge(graph: FHIRFixtures.graph.get())
        func assessment(_ gender: String) throws -> Assessment {
            let json = FHIRFixtures.bundle().replacingOccurrences(of: #""gender": "female""#, with: #""gender": "\#(gender)""#)
            var profile = try FHIRFixtures.read(json).profile
            #expect(profile.sex == gender)
            profile.disease = "breast-cancer"
            return try Assessor(knowledge: knowledge).assess(profile, options: ["olaparib"])
        }
        #expect(try assessment("male").derived.warnings.allSatisfy { !$0.contains("'male'") })
        #expect(try assessment("unknown").derived.warnings.contains { $0.contains("'unknown' is not a finding") })
    }
}
