import EvidenceGraph
import Testing
@testable import EvidenceGraphAssessment

/// The order of options is the graph's ranking policy: swapping two keys in the data swaps
/// the options; grade scales are read from grade schemes; the tie keys decide `preferred`.
@Suite struct RankingPolicyTests {
    static func graph(keys: String, ties: String = "verdict") -> String {
        """
        <gradeScheme id="gs" name="G" kind="grade" order="A B C"/>
        <drug id="x" name="x"/>
        <drug id="y" name="y"/>
        <regimen id="rx" name="x"><component ref="x"/></regimen>
        <regimen id="ry" name="y"><component ref="y"/></regimen>
        <guideline id="g1" issuer="ONE">
          <recommendation id="g1-x" regimen="rx"><score scheme="G" value="A"/></recommendation>
          <recommendation id="g1-y" regimen="ry"><score scheme="G" value="C"/></recommendation>
        </guideline>
        <guideline id="g2" issuer="TWO">
          <recommendation id="g2-y" regimen="ry"/>
        </guideline>
        <rankingPolicy id="p" keys="\(keys)" preferredTies="\(ties)"/>
        """
    }

    func order(_ keys: String, ties: String = "verdict") throws -> [(String, Verdict)] {
        let k = try TinyKnowledge.load(Self.graph(keys: keys, ties: ties))
        let a = try Assessor(knowledge: k).assess(TinyKnowledge.patient().withDisease(), options: ["x", "y"])
        return a.options.map { ($0.name, $0.verdict) }
    }

    @Test func gradeFirstPutsTheBetterGradedOptionFirst() throws {
        let o = try order("verdict grade endorsements", ties: "verdict grade")
        #expect(o.map(\.0) == ["x", "y"])
        #expect(o.map(\.1) == [.preferred, .option])
    }

    @Test func endorsementsFirstPutsTheMoreEndorsedOptionFirst() throws {
        #expect(try order("verdict endorsements grade", ties: "verdict endorsements").map(\.0) == ["y", "x"])
    }

    @Test func tieKeysDecideWhoIsPreferred() throws {
        #expect(try order("verdict grade endorsements", ties: "verdict").map(\.1) == [.preferred, .preferred])
    }

    /// A token outside the vocabulary (possible when the XSD pass is skipped) is a knowledge
    /// error naming the node, never a silently ignored string.
    @Test func aTokenOutsideTheVocabularyIsAKnowledgeError() throws {
        var options = LoadOptions()
        options.validatesSchema = false
        let xml = """
            <evidence xmlns="urn:evidencegraph:evidence:1">
              <drug id="x"/><regimen id="rx"><component ref="x"/></regimen>
              <guideline id="g" issuer="G"><recommendation id="odd" regimen="rx" stance="maybe"/></guideline>
              \(TinyKnowledge.defaultPolicy)
            </evidence>
            """
        let graph = try GraphLoader(options: options).load(string: xml).graph
        #expect {
            _ = try ClinicalKnowledge(graph: graph)
        } throws: { error in
            guard case AssessmentError.invalidKnowledge(let message) = error else { return false }
            return message.contains("odd") && message.contains("maybe")
        }
    }

    @Test func aGraphWithoutAPolicyIsAKnowledgeError() throws {
        #expect(throws: AssessmentError.self) {
            _ = try TinyKnowledge.load("<drug id=\"x\"/><rankingPolicy id=\"a\" keys=\"verdict\" preferredTies=\"verdict\"/><rankingPolicy id=\"b\" keys=\"verdict\" preferredTies=\"verdict\"/>")
        }
    }
}

extension PatientProfile {
    func withDisease() -> PatientProfile { var p = self; p.disease = "breast cancer"; return p }
}
