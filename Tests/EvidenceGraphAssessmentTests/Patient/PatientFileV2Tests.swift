import EvidenceGraph
import Foundation
import Testing

/// Patient profile v2: new fields parsed and used, contradictions refused with their
/// location, unknown history drugs as warnings, v1 files unchanged.
@Suite struct PatientFileV2Tests {
    func write(_ body: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("evg-patient-\(UUID().uuidString).xml")
        try "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\(body)\n".write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func v2FieldsAreRead() throws {
        let p = try PatientFile.read(try write("""
            <patient id="v2" sex="female" menopausal-status="premenopausal" assessed="2025-06">
              <diagnosis disease="breast cancer" date="2020-01" metastatic-date="2024-02"/>
              <performance-status ecog="1"/>
              <biomarker name="HER2" status="negative" ihc="2+" ish="negative"/>
              <biomarker name="PD-L1" status="positive" score="12" scale="CPS"/>
              <biomarker name="ESR1" status="mutated" source="ctdna"/>
              <therapy drugs="tamoxifen" setting="adjuvant" start="2020-03" end="2023-03" outcome="completed"/>
            </patient>
            """))
        #expect(p.menopausalStatus == "premenopausal" && p.ecog == 1 && p.metastaticDate?.description == "2024-02" && p.metastaticDate?.precision == .month)
        #expect(p.biomarkers.first { $0.name == "HER2" }?.ihc == "2+")
        #expect(p.biomarkers.first { $0.name == "PD-L1" }?.score == 12)
        #expect(p.biomarkers.first { $0.name == "ESR1" }?.source == "ctDNA", "source compares case-insensitively")
        #expect(p.therapies.first?.end == CalendarDate(year: 2023, month: 3, precision: .month))
        // Used: relapse 11 months after completing adjuvant ET is secondary resistance (ABC).
        let a = try Assessor(knowledge: AssessmentFixtures.knowledge.get()).assess(p, options: ["fulvestrant"])
        #expect(a.derived.derivedFindings["secondary-endocrine-resistance"] == "abc-secondary-resistance-after-adjuvant")
        #expect(a.derived.biomarkers["HER2"] == "low/negative")
    }

    @Test func contradictoryDuplicatesAreErrorsWithTheirLocation() throws {
        let path = try write("""
            <patient id="dup">
              <biomarker name="PIK3CA" status="mutated"/>
              <biomarker name="PIK3CA" status="wild-type"/>
            </patient>
            """)
        do {
            _ = try PatientFile.read(path)
            Issue.record("a contradiction must be refused")
        } catch {
            #expect(error.diagnostics.first?.description.contains(":4:") == true, "\(error.diagnostics)")
            #expect(error.diagnostics.first?.ruleID == "patient-contradiction")
        }
    }

    /// Dates are calendar dates: a day that does not exist is refused at its line, not read as text.
    @Test func aDayThatDoesNotExistIsRefusedWhereItIsWritten() throws {
        let path = try write("""
            <patient id="d">
              <therapy drugs="letrozole" setting="metastatic" line="1" start="2023-02-29" outcome="progression"/>
            </patient>
            """)
        do {
            _ = try PatientFile.read(path)
            Issue.record("2023-02-29 must be refused")
        } catch {
            #expect(error.diagnostics.map(\.rule) == [.xsd])
            #expect(error.diagnostics.first.map { $0.description.contains(":3:3:") && $0.message.contains("2023-02-29") } == true, "\(error.diagnostics)")
        }
    }

    /// Months on a therapy come from its dates when no duration is written (days counted when both give one).
    @Test func therapyMonthsComeFromTheDates() throws {
        let p = try PatientFile.read(try write("""
            <patient id="m" sex="female" menopausal-status="postmenopausal" assessed="2025-06-01">
              <diagnosis disease="HR-positive, HER2-negative metastatic breast cancer" metastatic-date="2023-01-10"/>
              <biomarker name="ER" status="positive"/>
              <biomarker name="HER2" status="negative"/>
              <therapy drugs="letrozole" setting="metastatic" line="1" start="2023-01-20" end="2023-05-05" outcome="progression"/>
            </patient>
            """))
        #expect(p.therapies.first?.start?.precision == .day)
        let a = try Assessor(knowledge: AssessmentFixtures.knowledge.get()).assess(p, options: ["fulvestrant"])
        // 3 months and 15 days (2023-01-20 → 2023-05-05) is below ABC's 6 months on first-line ET: primary resistance.
        #expect(a.derived.derivedFindings["primary-endocrine-resistance"] == "abc-primary-resistance-first-line", "\(a.derived.derivedFindings)")
    }

    /// The contract version: 1 and 2 read (and mean the same); a later one is refused where it is written.
    @Test func theContractVersionIsChecked() throws {
        let v1 = try PatientFile.read(try write(#"<patient id="a" version="1"><biomarker name="ER" status="positive"/></patient>"#))
        let v2 = try PatientFile.read(try write(#"<patient id="a" version="2"><biomarker name="ER" status="positive"/></patient>"#))
        #expect(v1.biomarkers.map(\.status) == [.positive] && v2.biomarkers.map(\.status) == [.positive])
        let later = try write("""
            <patient id="a"
                     version="3">
              <biomarker name="ER" status="positive"/>
            </patient>
            """)
        do {
            _ = try PatientFile.read(later)
            Issue.record("version 3 must be refused")
        } catch {
            let text = error.diagnostics.map(\.description).joined(separator: "\n")
            #expect(text.contains(":2:") && text.contains("version"), "\(text)")
        }
    }

    @Test func unknownHistoryDrugIsAWarningNotAnError() throws {
        let p = try PatientFile.read(try write("""
            <patient id="w">
              <diagnosis disease="breast cancer"/>
              <biomarker name="ER" status="positive"/>
              <therapy drugs="investigational-xyz+letrozole" setting="metastatic" line="1" outcome="progression"/>
            </patient>
            """))
        let a = try Assessor(knowledge: AssessmentFixtures.knowledge.get()).assess(p, options: ["fulvestrant"])
        #expect(a.derived.warnings.contains { $0.contains("investigational-xyz") && $0.contains("could not be established") })
        #expect(a.derived.progressedOn.contains("letrozole"))
    }

    @Test func unknownOptionStaysAnError() throws {
        let p = try PatientFile.read(AssessmentFixtures.patientPath("founding-case"))
        #expect(throws: AssessmentError.self) {
            _ = try Assessor(knowledge: AssessmentFixtures.knowledge.get()).assess(p, options: ["investigational-xyz"])
        }
    }

    @Test func aProfileTooThinToJudgeSaysWhatIsMissing() throws {
        let p = try PatientFile.read(try write("<patient id=\"thin\"/>"))
        do {
            _ = try Assessor(knowledge: AssessmentFixtures.knowledge.get()).assess(p)
            Issue.record("a thin profile must not be ranked")
        } catch {
            #expect("\(error)".contains("receptor"))
        }
    }

    @Test func aVersion1FileKeepsItsMeaning() throws {
        let a = try AssessmentFixtures.assess("founding-case", options: ["everolimus+exemestane"])
        #expect(try a.option("everolimus", "exemestane").verdict == .preferred)
        #expect(a.derived.biomarkers["HR"] == "positive")
    }
}
