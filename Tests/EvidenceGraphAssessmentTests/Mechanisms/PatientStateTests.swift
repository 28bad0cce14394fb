import Testing
@testable import EvidenceGraphAssessment

/// Derived state comes from rules in the graph: endocrine resistance by duration and
/// precedence, a default state, the explicit finding winning, statuses derived from others.
@Suite struct PatientStateTests {
    static let graph = """
        <drugClass id="et"/>
        <drug id="ai" name="letrozole"><class ref="et"/></drug>
        <biomarker id="er" name="ER"/>
        <biomarker id="pr" name="PR"/>
        <biomarker id="hr" name="HR">
          <statusDerivation id="hr-pos" status="positive">
            <requiresBiomarker ref="er" status="positive" anyOf="x"/>
            <requiresBiomarker ref="pr" status="positive" anyOf="x"/>
          </statusDerivation>
        </biomarker>
        <finding id="primary" name="primary resistance" kind="resistance"/>
        <finding id="secondary" name="secondary resistance" kind="resistance"/>
        <finding id="sensitive" name="sensitive" kind="resistance"/>
        <stateRule id="r1" group="resistance" precedence="1" setting="metastatic" therapyLine="1" outcome="progression" measure="duration" belowMonths="6">
          <derives ref="primary"/><therapy ref="et"/>
        </stateRule>
        <stateRule id="r2" group="resistance" precedence="2" setting="metastatic" outcome="progression" measure="duration" minMonths="6">
          <derives ref="secondary"/><therapy ref="et"/>
        </stateRule>
        <stateRule id="r9" group="resistance" precedence="9" default="true">
          <derives ref="sensitive"/><requiresBiomarker ref="hr" status="positive"/>
        </stateRule>
        """

    func derive(_ months: Double?, findings: [String: Bool] = [:]) throws -> ResolvedPatient {
        let k = try TinyKnowledge.load(Self.graph)
        let therapy = PatientProfile.Therapy(drugs: ["letrozole"], setting: "metastatic", line: 1, durationMonths: months, outcome: "progression")
        let p = TinyKnowledge.patient(biomarkers: [("ER", .negative), ("PR", .positive)], therapies: months == nil ? [] : [therapy], findings: findings)
        return try PatientResolver(knowledge: k).resolve(p)
    }

    @Test func progressionWithinSixMonthsIsPrimary() throws {
        let p = try derive(4)
        #expect(p.presentFindings.contains("primary") && !p.presentFindings.contains("secondary"))
        #expect(p.derivedFindings["primary"] == "r1")
    }

    @Test func laterProgressionIsSecondary() throws {
        #expect(try derive(14).presentFindings.contains("secondary"))
    }

    @Test func noTherapyFallsToTheDefaultWhenItsConditionsHold() throws {
        let p = try derive(nil)
        #expect(p.statuses(of: "hr") == [.positive], "HR derived from PR")
        #expect(p.presentFindings.contains("sensitive"))
    }

    @Test func anExplicitFindingOverridesTheRules() throws {
        let p = try derive(4, findings: ["secondary resistance": true])
        #expect(p.presentFindings.contains("secondary") && !p.presentFindings.contains("primary"))
        #expect(p.derivedFindings.isEmpty)
    }

    @Test func aMissingDurationIsReportedAsUndetermined() throws {
        let k = try TinyKnowledge.load(Self.graph)
        let therapy = PatientProfile.Therapy(drugs: ["letrozole"], setting: "metastatic", line: 1, outcome: "progression")
        let p = try PatientResolver(knowledge: k).resolve(TinyKnowledge.patient(therapies: [therapy]))
        #expect(p.undetermined["resistance"]?.contains("not given") == true)
        #expect(!p.presentFindings.contains("sensitive"), "the default does not hold while a rule cannot be decided")
    }
}
