import Testing
import EvidenceGraphCore
@testable import EvidenceGraphXML

/// One failing fixture per validator rule, with exact locations.
@Suite struct ValidatorTests {
    func findings(_ fixture: String, rule: String) throws -> [String] {
        let loaded = try GraphLoader().load(Paths.fixture(fixture))
        return GraphValidator().validate(loaded).filter { $0.ruleID == rule }.map(place)
    }

    @Test func duplicateID() throws {
        #expect(try findings("rules/duplicate-id", rule: "duplicate-id") == ["rules/duplicate-id/b.xml:3:3 [duplicate-id]"])
    }

    @Test func danglingReference() throws {
        #expect(try findings("rules/dangling-reference.xml", rule: "dangling-reference") == ["rules/dangling-reference.xml:4:5 [dangling-reference]"])
    }

    @Test func codingToAMissingEntityIsADanglingReference() throws {
        #expect(try findings("rules/dangling-coding.xml", rule: "dangling-reference") == ["rules/dangling-coding.xml:5:5 [dangling-reference]"])
    }

    @Test func recommendationCitesMissingTrial() throws {
        let file = "rules/recommendation-cites-missing-trial.xml"
        #expect(try findings(file, rule: "recommendation-cites-missing-trial") == ["\(file):7:7 [recommendation-cites-missing-trial]"])
        #expect(try findings(file, rule: "dangling-reference").isEmpty, "reported once, by the more specific rule")
    }

    @Test func wrongEndpointLabels() throws {
        #expect(try findings("rules/wrong-endpoint-labels.xml", rule: "wrong-endpoint-labels") == ["rules/wrong-endpoint-labels.xml:5:5 [wrong-endpoint-labels]"])
    }

    @Test func regimenWithoutDrugs() throws {
        #expect(try findings("rules/regimen-without-drugs.xml", rule: "regimen-without-drugs") == ["rules/regimen-without-drugs.xml:4:3 [regimen-without-drugs]"])
    }

    /// An arm without a regimen is a warning at the arm (the one with a regimen is not reported).
    @Test func armWithoutRegimen() throws {
        #expect(try findings("rules/arm-without-regimen.xml", rule: "arm-without-regimen") == ["rules/arm-without-regimen.xml:7:5 [arm-without-regimen]"])
    }

    @Test func trialOutcomeSanity() throws {
        let file = "rules/trial-outcome-sanity.xml"
        #expect(try findings(file, rule: "trial-outcome-sanity") == [
            "\(file):7:7 [trial-outcome-sanity]", "\(file):10:5 [trial-outcome-sanity]", "\(file):11:7 [trial-outcome-sanity]",
        ])
    }

    @Test func nctIDFormat() throws {
        #expect(try findings("rules/nct-id-format.xml", rule: "nct-id-format") == ["rules/nct-id-format.xml:3:3 [nct-id-format]"])
        #expect(NCTIDFormatRule.isValid("NCT00863655"))
        #expect(!NCTIDFormatRule.isValid("NCT0086365") && !NCTIDFormatRule.isValid("nct00863655") && !NCTIDFormatRule.isValid("NCT0086365X"))
    }

    @Test func gradeInScheme() throws {
        let file = "rules/grade-in-scheme.xml"
        #expect(try findings(file, rule: "grade-in-scheme") == ["\(file):9:5 [grade-in-scheme]", "\(file):10:5 [grade-in-scheme]", "\(file):11:5 [grade-in-scheme]"])
    }

    @Test func eligibilityRange() throws {
        let file = "rules/eligibility-range.xml"
        #expect(try findings(file, rule: "eligibility-range") == ["\(file):7:5 [eligibility-range]", "\(file):9:7 [eligibility-range]"])
    }

    @Test func trialPrimaryOutcome() throws {
        let file = "rules/trial-primary-outcome.xml"
        #expect(try findings(file, rule: "trial-primary-outcome") == ["\(file):5:3 [trial-primary-outcome]"])
    }

    @Test func populationShares() throws {
        let file = "rules/population-shares.xml"
        #expect(try findings(file, rule: "population-shares") == ["\(file):8:5 [population-shares]"])
    }

    @Test func classHierarchyCycle() throws {
        #expect(try findings("rules/class-hierarchy-cycle.xml", rule: "class-hierarchy-cycle") == ["rules/class-hierarchy-cycle.xml:3:3 [class-hierarchy-cycle]"])
    }

    @Test func orphanNodeIsAWarning() throws {
        let loaded = try GraphLoader().load(Paths.fixture("rules/orphan-node.xml"))
        let all = GraphValidator().validate(loaded)
        #expect(all.map(place) == ["rules/orphan-node.xml:5:3 [orphan-node]"])
        #expect(all.first?.severity == .warning)
    }

    @Test func endpointModelIsDerivedFromTheMappingTable() {
        let cites = EvidenceModel.relationshipEndpoints["CITES"]
        #expect(cites?.start == ["Recommendation"] && cites?.end == ["Trial", "Publication"])
        #expect(EvidenceModel.relationshipEndpoints["HAS_ARM"]?.start == ["Trial"])
        for r in EvidenceModel.references {
            #expect(r.type == r.type.uppercased(), "UPPER_SNAKE relationship types")
        }
    }

    @Test func validatorWorksOnAGraphBuiltInCode() throws {
        var b = GraphBuilder()
        _ = try b.addNode(id: "r", labels: ["Regimen"])
        let findings = GraphValidator(rules: [RegimenWithoutDrugsRule()]).validate(LoadedGraph(graph: b.freeze()))
        #expect(findings.map(\.ruleID) == ["regimen-without-drugs"])
    }
}
