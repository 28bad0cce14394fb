import EvidenceGraphAssessment
import EvidenceGraphFormats
import Foundation
import Testing

/// The assessment contract (version 2), written by `JSONEncoder` from ``Assessment``'s own
/// `Codable` conformance: the founding case reads back equal, and every field keeps its name.
@Suite struct AssessmentJSONTests {
    /// The founding case's question (issue 4): its six options.
    static let question = ["everolimus+exemestane", "paclitaxel", "docetaxel", "ribociclib+fulvestrant", "doxorubicin", "olaparib"]

    func foundingCase() throws -> Assessment { try Bundled.assess("founding-case", options: Self.question) }

    /// The founding case over every regimen of the knowledge base: tests to order as well.
    func foundingCaseInFull() throws -> Assessment { try Bundled.assess("founding-case") }

    /// What the contract carries of an assessment: everything but the tests' biomarker and
    /// sample sources, and (unless verbose) the options' further evidence.
    func carried(_ a: Assessment, verbose: Bool) -> Assessment {
        var a = a
        for i in a.tests.indices { a.tests[i].biomarker = nil; a.tests[i].sources = [] }
        if !verbose { for i in a.options.indices { a.options[i].moreEvidence = [] } }
        return a
    }

    @Test(arguments: [false, true])
    func foundingCaseReadsBackEqual(verbose: Bool) throws {
        let a = try foundingCaseInFull()
        let text = AssessmentJSON.text(a, verbose: verbose, pretty: true)
        let read = try ContractJSON.decoder().decode(Assessment.self, from: Data(text.utf8))
        #expect(read == carried(a, verbose: verbose))
        #expect(AssessmentJSON.text(read, verbose: verbose, pretty: true) == text, "re-encoding gives the same text")
        #expect(!a.tests.isEmpty && a.options.contains { !$0.guidelines.isEmpty }, "the case exercises tests and positions")
        #expect(a.options.contains { !$0.moreEvidence.isEmpty } || !verbose, "the verbose case carries further evidence")
    }

    @Test func everyFieldKeepsItsName() throws {
        let object = try jsonObject(AssessmentJSON.text(try foundingCaseInFull()))
        #expect(Set(object.keys) == ["version", "patient", "derived", "tests", "options"])
        #expect(object["version"] as? Int == 2 && object["patient"] as? String == "case7")
        let derived = try #require(object["derived"] as? [String: Any])
        #expect(Set(derived.keys) == ["priorMetastaticLines", "currentLine", "linesByClass", "progressedOn", "findings",
                                      "derivedFindings", "biomarkers", "undetermined", "warnings"])
        let tests = try #require(object["tests"] as? [[String: Any]])
        #expect(!tests.isEmpty && tests.allSatisfy { Set($0.keys) == ["test", "cites", "decides"] })
        let options = try #require(object["options"] as? [[String: Any]])
        for o in options {
            #expect(Set(o.keys) == ["drugs", "drugIds", "regimen", "name", "verdict", "rank", "reasons", "guidelines",
                                    "positions", "companions", "cautions"])
            let positions = try #require(o["positions"] as? [[String: Any]])
            #expect(positions.allSatisfy { Set($0.keys) == ["issuer", "stance", "tier", "grades", "cites", "text"] }, "tier is there, null or not")
            let guidelines = try #require(o["guidelines"] as? [String: String])
            #expect(guidelines == Dictionary(uniqueKeysWithValues: positions.map { ($0["issuer"] as! String, $0["text"] as! String) }))
        }
        let verbose = try jsonObject(AssessmentJSON.text(try foundingCase(), verbose: true))
        #expect((verbose["options"] as? [[String: Any]])?.allSatisfy { $0["moreEvidence"] is [[String: Any]] } == true)
    }

    @Test func jsonContractHolds() throws {
        let object = try jsonObject(AssessmentJSON.text(try foundingCase()))
        let options = try #require(object["options"] as? [[String: Any]])
        #expect(options.count == 6)
        let ranks = options.compactMap { $0["rank"] as? Int }
        #expect(ranks == ranks.sorted(), "options are listed by rank")
        for o in options {
            let drugs = try #require(o["drugs"] as? [String])
            #expect(drugs == drugs.sorted())
            #expect(Verdict(rawValue: o["verdict"] as? String ?? "") != nil)
            let reasons = try #require(o["reasons"] as? [[String: Any]])
            #expect(!reasons.isEmpty)
            #expect(reasons.allSatisfy { $0["text"] is String && $0["cites"] is [String] })
            #expect(o["cautions"] is [[String: Any]])
        }
        #expect((options[0]["drugs"] as? [String]) == ["everolimus", "exemestane"])
    }

    @Test func jsonNamesDrugsByTheirINNAsWritten() throws {
        let a = try Bundled.assess("her2-low-after-chemo", options: ["trastuzumab deruxtecan", "everolimus+exemestane"])
        let options = try #require(try jsonObject(AssessmentJSON.text(a))["options"] as? [[String: Any]])
        let drugLists = options.compactMap { $0["drugs"] as? [String] }
        #expect(drugLists.contains(["trastuzumab deruxtecan"]))
        #expect(drugLists.contains(["everolimus", "exemestane"]))
        let tdxd = try #require(options.first { ($0["drugs"] as? [String]) == ["trastuzumab deruxtecan"] })
        #expect(tdxd["drugIds"] as? [String] == ["trastuzumab-deruxtecan"])
    }

    @Test func anotherVersionIsRefused() throws {
        let text = AssessmentJSON.text(try foundingCase()).replacing(#""version":2"#, with: #""version":3"#)
        #expect(text.contains(#""version":3"#))
        #expect(throws: DecodingError.self) { try ContractJSON.decoder().decode(Assessment.self, from: Data(text.utf8)) }
    }

    func jsonObject(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}
