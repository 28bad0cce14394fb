import EvidenceGraphAssessment
import EvidenceGraphFormats
import Foundation
import Testing

/// The evidence drawings (`evg assess --format dot`), asserted by structure: the founding
/// case's options lead to the trials behind them (issue 19: BOLERO-2, OlympiAD, MAINTAIN),
/// patient facts lead to the requirements they meet or miss, every node carries its source,
/// cautions and contraindications have their own colours.
@Suite struct AssessmentDOTTests {
    func drawing(_ c: FoundingCase, _ drugs: String...) throws -> DOTDocument {
        let o = try #require(c.assessment.options.first { $0.drugs == drugs.sorted() })
        return try DOTDocument(AssessmentDOT.drawing(of: o, knowledge: c.knowledge, patient: c.profile).text)
    }

    @Test(arguments: [
        (["everolimus", "exemestane"], "bolero-2", "NCT00863655"),
        (["olaparib"], "olympiad", "NCT02000622"),
        (["fulvestrant", "ribociclib"], "maintain", "NCT02632045"),
    ])
    func optionLeadsToItsTrial(drugs: [String], trial: String, nct: String) throws {
        let c = try FoundingCase()
        let o = try #require(c.assessment.options.first { $0.drugs == drugs })
        let doc = try DOTDocument(AssessmentDOT.drawing(of: o, knowledge: c.knowledge, patient: c.profile).text)
        let node = "trial:" + trial
        #expect(doc.reaches("option", node), "a path from \(o.name) to \(trial)")
        let trialName = c.knowledge.name(trial)
        #expect(doc.nodes[node]?["label"]?.hasPrefix(trialName) == true)
        #expect(doc.nodes[node]?["URL"] == "https://clinicaltrials.gov/study/" + nct)
        #expect(doc.nodes.keys.contains { $0.hasPrefix("population:") && doc.reaches(node, $0) }, "the trial's populations hang below it")
    }

    @Test func patientFactsLeadToTheRequirementsTheyMeetOrMiss() throws {
        let c = try FoundingCase()
        let olaparib = try drawing(c, "olaparib")
        let facts = olaparib.edges.filter { $0.from.hasPrefix("patient:") && $0.to.hasPrefix("requirement:") }
        #expect(!facts.isEmpty)
        // Germline BRCA1/2 wild-type: the BRCA requirements are missed, in the "failed" colour.
        let brca = facts.filter { $0.from == "patient:brca1" || $0.from == "patient:brca2" }
        #expect(!brca.isEmpty && brca.allSatisfy { $0.attributes["label"] == "misses" })
        #expect(olaparib.nodes["patient:brca1"]?["label"]?.contains("wild-type") == true)
        // HR positive: met, and the requirement leads on to what requires it.
        let everolimus = try drawing(c, "everolimus", "exemestane")
        let hr = try #require(everolimus.edges.first { $0.from == "patient:hr" })
        #expect(hr.attributes["label"] == "meets")
        #expect(everolimus.edges.contains { $0.from == hr.to })
    }

    @Test func everyEvidenceNodeCarriesItsSource() throws {
        let c = try FoundingCase()
        for o in c.assessment.options {
            let doc = try DOTDocument(AssessmentDOT.drawing(of: o, knowledge: c.knowledge, patient: c.profile).text)
            for (id, attributes) in doc.nodes {
                #expect(attributes["tooltip"]?.isEmpty == false, "\(o.name): \(id) has a tooltip")
                if let url = attributes["URL"] { #expect(url.hasPrefix("https://") || url.hasPrefix("http://"), "\(id): \(url)") }
            }
            for (id, attributes) in doc.nodes where id.hasPrefix("trial:") {
                let trial = String(id.dropFirst("trial:".count))
                if c.knowledge.trials[trial]?.nct != nil { #expect(attributes["URL"]?.contains("clinicaltrials.gov") == true, "\(id)") }
            }
        }
        // Recommendations whose source names a publication with an address link to it.
        let everolimus = try drawing(c, "everolimus", "exemestane")
        #expect(everolimus.nodes["recommendation:asco-everolimus-exemestane"]?["URL"] != nil)
    }

    @Test func populationsShowWhetherTheyFitThePatient() throws {
        let c = try FoundingCase()
        let everolimus = try drawing(c, "everolimus", "exemestane")
        #expect(everolimus.nodes["population:bolero-2-itt"]?["label"]?.contains("fits this patient") == true)
        let ribociclib = try drawing(c, "ribociclib", "fulvestrant")
        let maintain = ribociclib.nodes.filter { $0.key.hasPrefix("population:maintain") }
        #expect(!maintain.isEmpty && maintain.allSatisfy { $0.value["label"]?.contains("differs") == true },
                "MAINTAIN enrolled patients after palbociclib, not abemaciclib")
    }

    @Test func cautionsAndContraindicationsHaveTheirOwnColours() throws {
        let c = try FoundingCase()
        let everolimus = try drawing(c, "everolimus", "exemestane")
        let cautions = everolimus.nodes.filter { $0.key.hasPrefix("caution:") }
        #expect(!cautions.isEmpty)
        let diabetes = everolimus.edges.filter { $0.from == "patient:type-2-diabetes" && $0.to.hasPrefix("caution:") }
        #expect(!diabetes.isEmpty && diabetes.allSatisfy { d in everolimus.edges.contains { $0.from == d.to && $0.to == "option" } })

        // A patient with heart failure: doxorubicin is contraindicated, drawn in red from her condition.
        let profile = try PatientFile.read(Bundled.root.appendingPathComponent("Queries/patients/heart-failure-visceral-crisis.xml").path)
        let a = try Assessor(knowledge: c.knowledge).assess(profile, options: ["doxorubicin"])
        let doxorubicin = try #require(a.options.first)
        #expect(doxorubicin.verdict == .contraindicated)
        let doc = try DOTDocument(AssessmentDOT.drawing(of: doxorubicin, knowledge: c.knowledge, patient: profile).text)
        let red = doc.nodes.filter { $0.key.hasPrefix("contraindication:") }
        #expect(red.count >= 1)
        #expect(Set(red.values.compactMap { $0["fillcolor"] }).isDisjoint(with: Set(cautions.values.compactMap { $0["fillcolor"] })))
        #expect(doc.edges.contains { $0.from == "patient:heart-failure" && red.keys.contains($0.to) })
        #expect(red.values.allSatisfy { $0["URL"] != nil }, "the contraindication links to its label source")
    }

    @Test func theWholeAssessmentIsOneGraphWithAClusterPerOption() throws {
        let c = try FoundingCase()
        let text = try AssessmentDOT.text(c.assessment, knowledge: c.knowledge, patient: c.profile)
        let doc = try DOTDocument(text)
        #expect(text.components(separatedBy: "subgraph \"cluster_option_").count - 1 == c.assessment.options.count)
        for i in 1...c.assessment.options.count { #expect(doc.nodes["o\(i)/option"] != nil) }
        #expect(doc.reaches("o1/option", "o1/trial:bolero-2") && !doc.reaches("o1/option", "o2/option"))
    }
}
