import EvidenceGraphCore
import EvidenceGraphRegistry
import EvidenceGraphXML
import Foundation
import Testing

/// The six real legacy records of ../shared/ctgov: they import into evidence XML that
/// validates together with Graph/, and carry the numbers the registry posted. Expected
/// numbers are read from the record files themselves (paths given as XPath).
@Suite struct LegacyRecordImportTests {
    static let enabled = RegistryFixtures.recordsDirectory != nil

    @Test func saysWhenTheRecordsAreAbsent() {
        if !Self.enabled { print("EvidenceGraphRegistryTests: " + RegistryFixtures.absent) }
    }

    @Test(.enabled(if: enabled, Comment(rawValue: RegistryFixtures.absent)))
    func allSixImportAndValidateWithTheGraph() throws {
        let files = RegistryFixtures.recordFiles
        #expect(files.count == 6)
        let imports = try files.flatMap { try RegistryFixtures.importer.importFile(at: $0) }
        #expect(imports.count == 6)
        let (errors, graph) = try RegistryFixtures.loadWithGraph(imports)
        #expect(errors.isEmpty, "\(errors.prefix(5).map(\.description))")
        for i in imports { #expect(graph.node(withID: i.trialID) != nil) }
    }

    /// Per record: `/clinical_study/enrollment`, `/clinical_study/id_info/nct_id`, the number
    /// of `/clinical_study/arm_group`, and for each posted outcome whose measure
    /// (`clinical_results/outcome_list/outcome/measure[param='Median']`, or the older
    /// `measure_list/measure[2]`) has one row: the groups' medians and 95% limits; for each
    /// outcome with a single `analysis[param_type='Hazard Ratio (HR)']`: its `param_value`.
    @Test(.enabled(if: enabled, Comment(rawValue: RegistryFixtures.absent)))
    func postedNumbersAreCarried() throws {
        var medians = 0, hazardRatios = 0
        for file in RegistryFixtures.recordFiles {
            let record = try XMLDocumentReader.read(path: file)
            let result = try #require(try RegistryFixtures.importer.importFile(at: file).first)
            let doc = try ImportedDocument.tree(result)
            let trial = try #require(doc.first("trial"))

            #expect(trial[attribute: "nct"] == record.value("id_info/nct_id"))
            #expect(trial[attribute: "enrollment"] == record.value("enrollment"), "\(file)")
            #expect(trial.all("arm").count == record.all("arm_group").count, "\(file)")

            let outcomes = trial.all("outcome")
            for o in record.path("clinical_results/outcome_list")?.all("outcome") ?? [] {
                let title = try #require(o.value("title"))
                let measure = o.first("measure") ?? o.path("measure_list")?.all("measure").dropFirst().first
                guard let measure else { continue }
                let rows = measure.path("class_list")?.all("class").flatMap { $0.path("category_list")?.all("category") ?? [] }
                    ?? measure.path("category_list")?.all("category") ?? []
                let matching = outcomes.filter { $0[attribute: "name"] == title }
                guard rows.count == 1, let out = matching.first else { continue }
                #expect(matching.count == 1, "\(file): \(title)")
                let hr = o.path("analysis_list")?.all("analysis").filter { $0.value("param_type") == "Hazard Ratio (HR)" } ?? []
                if hr.count == 1 {
                    #expect(out[attribute: "hazardRatio"] == hr[0].value("param_value"), "\(file): \(title)")
                    if hr[0].value("ci_percent") == "95" {
                        #expect(out[attribute: "ciLow"] == hr[0].value("ci_lower_limit"))
                        #expect(out[attribute: "ciHigh"] == hr[0].value("ci_upper_limit"))
                    } else {
                        #expect(out[attribute: "ciLow"] == nil, "a \(hr[0].value("ci_percent") ?? "?")% CI is not stored as the 95% CI")
                    }
                    hazardRatios += 1
                }
                guard measure.value("param") == "Median" else { continue }
                let posted = rows[0].path("measurement_list")?.all("measurement") ?? []
                let stored = out.all("armResult")
                #expect(stored.filter { $0[attribute: "median"] != nil }.count == posted.filter { Double($0[attribute: "value"] ?? "") ?? 0 > 0 }.count, "\(file): \(title)")
                for m in posted where Double(m[attribute: "value"] ?? "") ?? 0 > 0 {
                    let hit = stored.first { $0[attribute: "median"] == m[attribute: "value"] }
                    #expect(hit != nil, "\(file): \(title): median \(m[attribute: "value"] ?? "")")
                    if measure.value("dispersion") == "95% Confidence Interval", let upper = m[attribute: "upper_limit"], Double(upper) != nil {
                        #expect(hit?[attribute: "ciLow"] == m[attribute: "lower_limit"])
                        #expect(hit?[attribute: "ciHigh"] == upper)
                    }
                    medians += 1
                }
            }
        }
        // NCT00101400 posts two medians, NCT01642004 several and three hazard ratios on single-row measures
        #expect(medians >= 10)
        #expect(hazardRatios >= 2)
    }

    /// Spot checks stated from the records (XPath in the comments).
    @Test(.enabled(if: enabled, Comment(rawValue: RegistryFixtures.absent)))
    func spotChecks() throws {
        let dir = try #require(RegistryFixtures.recordsDirectory)
        // NCT00101400: outcome 'Time to Progression', measure_list/measure[2]: Median 58 days, 95% CI 52–112
        let sorafenib = try ImportedDocument.tree(try #require(try RegistryFixtures.importer.importFile(at: dir + "/NCT00101400.xml").first))
        let ttp = try #require(sorafenib.first("trial")?.all("outcome").first { $0[attribute: "name"] == "Time to Progression" })
        let arm = try #require(ttp.first("armResult"))
        #expect(arm[attribute: "median"] == "58" && arm[attribute: "unit"] == "days")
        #expect(arm[attribute: "ciLow"] == "52" && arm[attribute: "ciHigh"] == "112")
        // n: the outcome's measure_list/measure[1] ('Number of Participants') value
        let record = try XMLDocumentReader.read(path: dir + "/NCT00101400.xml")
        let posted = try #require(record.path("clinical_results/outcome_list")?.all("outcome").first { $0.value("title") == "Time to Progression" })
        let count = posted.path("measure_list/measure/category_list/category/measurement_list/measurement")?[attribute: "value"]
        #expect(count != nil && arm[attribute: "n"] == count)

        // NCT01642004: primary OS at primary endpoint: HR 0.59 (96.85% CI, kept in the note), p 0.0002
        let checkmate = try RegistryFixtures.importer.importFile(at: dir + "/NCT01642004.xml")[0]
        let os = try #require(try ImportedDocument.tree(checkmate).first("trial")?.all("outcome").first {
            $0[attribute: "name"] == "Overall Survival (OS) Time in Months for All Randomized Participants at Primary Endpoint"
        })
        #expect(os[attribute: "hazardRatio"] == "0.59" && os[attribute: "p"] == "0.0002" && os[attribute: "primary"] == "true")
        #expect(os.value("note")?.contains("96.85% CI 0.43 to 0.81") == true)
        #expect(os[attribute: "endpoint"] == "OS")
        // provenance: required_header/download_date and last_update_posted
        #expect(checkmate.xml.contains("source=\"NCT01642004 ctgov-last-update:2018-04-10 ctgov-download:2018-05-11\""))
        // arm_group 'Arm B: Docetaxel' uses the graph's docetaxel regimen; nivolumab is not in the graph
        #expect(checkmate.xml.contains("name=\"Arm B: Docetaxel\" regimen=\"docetaxel-monotherapy\""))
        #expect(checkmate.unresolved.map(\.name) == ["Nivolumab"])
    }

    @Test(.enabled(if: enabled, Comment(rawValue: RegistryFixtures.absent)))
    func importIsDeterministic() throws {
        for file in RegistryFixtures.recordFiles {
            let a = try RegistryFixtures.importer.importFile(at: file)
            let b = try RegistryImporter(graph: RegistryFixtures.graph).importFile(at: file)
            #expect(a.map(\.xml) == b.map(\.xml), "\(file)")
        }
    }
}
