import EvidenceGraphCore
import EvidenceGraphRegistry
import EvidenceGraphXML
import Foundation
import Testing

/// The hand-written API v2 fixture (Fixtures/api-v2-study.json): the expected numbers are
/// read from the JSON in the test.
@Suite struct APIv2ImportTests {
    static func json() throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: RegistryFixtures.v2Fixture))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func at(_ object: Any?, _ path: String) -> Any? {
        path.split(separator: ".").reduce(object) { o, key in
            if let i = Int(key) { return (o as? [Any]).flatMap { i < $0.count ? $0[i] : nil } }
            return (o as? [String: Any])?[String(key)]
        }
    }

    @Test func importsAndValidatesWithTheGraph() throws {
        let results = try RegistryFixtures.importer.importFile(at: RegistryFixtures.v2Fixture)
        #expect(results.count == 1)
        let (errors, graph) = try RegistryFixtures.loadWithGraph(results)
        #expect(errors.isEmpty, "\(errors.prefix(5).map(\.description))")
        #expect(graph.node(withID: "ctgov-nct09999901") != nil)
    }

    @Test func carriesThePostedNumbersAndProvenance() throws {
        let json = try Self.json()
        let result = try RegistryFixtures.importer.importFile(at: RegistryFixtures.v2Fixture)[0]
        let trial = try #require(try ImportedDocument.tree(result).first("trial"))
        #expect(trial[attribute: "enrollment"] == "\(Self.at(json, "protocolSection.designModule.enrollmentInfo.count") as? Int ?? -1)")
        #expect(trial[attribute: "status"] == Self.at(json, "protocolSection.statusModule.overallStatus") as? String)
        #expect(trial[attribute: "startDate"] == Self.at(json, "protocolSection.statusModule.startDateStruct.date") as? String)
        #expect(trial[attribute: "phase"] == "3")   // designModule.phases ["PHASE3"]
        let version = try #require(Self.at(json, "derivedSection.miscInfoModule.versionHolder") as? String)
        let updated = try #require(Self.at(json, "protocolSection.statusModule.lastUpdatePostDateStruct.date") as? String)
        #expect(trial[attribute: "source"] == "NCT09999901 ctgov-version:\(version) ctgov-last-update:\(updated)")

        let measures = "resultsSection.outcomeMeasuresModule.outcomeMeasures"
        let pfs = try #require(trial.all("outcome").first { $0[attribute: "name"] == Self.at(json, "\(measures).0.title") as? String })
        let analysis = "\(measures).0.analyses.0"
        #expect(pfs[attribute: "hazardRatio"] == Self.at(json, "\(analysis).paramValue") as? String)
        #expect(pfs[attribute: "ciLow"] == Self.at(json, "\(analysis).ciLowerLimit") as? String)
        #expect(pfs[attribute: "ciHigh"] == Self.at(json, "\(analysis).ciUpperLimit") as? String)
        #expect(pfs[attribute: "p"] == Self.at(json, "\(analysis).pValue") as? String)
        #expect(pfs[attribute: "primary"] == "true" && pfs[attribute: "endpoint"] == "PFS")
        let measurements = "\(measures).0.classes.0.categories.0.measurements"
        let results = pfs.all("armResult")
        #expect(results.count == 2)
        for (i, r) in results.enumerated() {
            #expect(r[attribute: "median"] == Self.at(json, "\(measurements).\(i).value") as? String)
            #expect(r[attribute: "ciLow"] == Self.at(json, "\(measurements).\(i).lowerLimit") as? String)
            #expect(r[attribute: "ciHigh"] == Self.at(json, "\(measurements).\(i).upperLimit") as? String)
            #expect(r[attribute: "n"] == Self.at(json, "\(measures).0.denoms.0.counts.\(i).value") as? String)
        }
        let orr = try #require(trial.all("outcome").first { $0[attribute: "endpoint"] == "ORR" })
        #expect(orr.all("armResult").map { $0[attribute: "ratePercent"] } == ["11.6", "2.2"])
        #expect(orr[attribute: "hazardRatio"] == nil)   // an odds ratio stays in the note
        // OS: a median 'NA' and an upper limit 'NA' are not numbers: one median, no CI
        let os = try #require(trial.all("outcome").first { $0[attribute: "endpoint"] == "OS" })
        #expect(os.all("armResult").map { $0[attribute: "median"] } == ["30.1"])
        #expect(os.all("armResult").first?[attribute: "ciLow"] == nil)
        #expect(os.value("note")?.contains("Placebo + Exemestane NA") == true)
    }

    @Test func armsUseTheGraphsRegimensAndReportUnknownDrugs() throws {
        let result = try RegistryFixtures.importer.importFile(at: RegistryFixtures.v2Fixture)[0]
        let doc = try ImportedDocument.tree(result)
        let arms = try #require(doc.first("trial")).all("arm")
        #expect(arms.map { $0[attribute: "regimen"] } == ["everolimus-exemestane", "ctgov-nct09999901-regimen-placebo-exemestane", nil])
        #expect(arms.map { $0[attribute: "role"] } == ["experimental", "control", "cohort"])
        // the placebo arm's regimen has exemestane only; placebo is not invented as a drug
        let regimen = try #require(doc.all("regimen").first)
        #expect(regimen.all("component").map { $0[attribute: "ref"] } == ["exemestane"])
        #expect(doc.all("drug").isEmpty)
        #expect(result.unresolved.map(\.name) == ["Placebo", "Zorbacitinib"])
        #expect(result.xml.contains("intervention 'Zorbacitinib' (DRUG; also ZRB-0001) in arm 'Zorbacitinib Exploratory Cohort'"))
        // conditions: 'Breast Cancer' names the graph's disease; the other stays text
        let population = try #require(doc.first("trial")?.first("population"))
        #expect(population.all("disease").map { $0[attribute: "ref"] } == ["breast-cancer"])
        #expect(population.value("description")?.hasPrefix("Inclusion Criteria:") == true)
    }

    @Test func isDeterministic() throws {
        let a = try RegistryFixtures.importer.importFile(at: RegistryFixtures.v2Fixture)
        let b = try RegistryImporter(graph: RegistryFixtures.graph).importFile(at: RegistryFixtures.v2Fixture)
        #expect(a.map(\.xml) == b.map(\.xml))
    }
}
