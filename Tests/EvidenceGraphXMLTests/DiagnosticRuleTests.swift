import Foundation
import Testing
import EvidenceGraphCore
@testable import EvidenceGraphXML

/// `Diagnostic.Rule`: findings matched by rule (`==`, `switch`), every rule id the loader and
/// the validator can emit declared as a member, documented, and printed as before.
@Suite struct DiagnosticRuleTests {
    @Test func validatorFindingMatchesByRuleWithLocation() throws {
        let file = Paths.fixture("rules/dangling-reference.xml")
        let findings = GraphValidator().validate(try GraphLoader().load(file))
        let d = try #require(findings.first { $0.rule == .danglingReference })
        #expect(d.location == SourceLocation(file: file, line: 4, column: 5))
        #expect(d.ruleID == "dangling-reference")
        #expect(d.severity == .error)
        #expect(d.description.hasPrefix("\(file):4:5: error: "))
        #expect(d.description.hasSuffix(" [dangling-reference]"))
        switch d.rule {
        case .danglingReference: break
        default: Issue.record("switch on the rule: \(d)")
        }
    }

    @Test func loadErrorMatchesByRuleWithLocation() throws {
        let file = Paths.fixture("loader/xsd.xml")
        let d = try #require(loadErrors([file]).first)
        #expect(d.rule == .xsd)
        #expect(d.location == SourceLocation(file: file, line: 4, column: 5))
    }

    /// What the fixtures of every rule and load error actually emit is declared.
    @Test func everyEmittedRuleIsDeclared() throws {
        var emitted: Set<Diagnostic.Rule> = []
        for folder in ["rules", "loader", "hostile", "good"] {
            let dir = Paths.fixture(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: dir) {
                let path = dir + "/" + name
                do {
                    emitted.formUnion(GraphValidator().validate(try GraphLoader().load(path)).map(\.rule))
                } catch {
                    emitted.formUnion(error.diagnostics.map(\.rule))
                }
            }
        }
        emitted.formUnion(loadErrors(["/nonexistent/evg"]).map(\.rule))
        #expect(emitted.isSubset(of: Diagnostic.Rule.evidenceRules), "undeclared: \(emitted.subtracting(Diagnostic.Rule.evidenceRules))")
        #expect(Set(Diagnostic.Rule.consistencyRules).isSubset(of: emitted), "every consistency rule has a fixture that fires it")
    }

    @Test func validatorRulesAreTheConsistencyRules() {
        let rules = GraphValidator.defaultRules.map(\.rule)
        #expect(rules == Diagnostic.Rule.consistencyRules)
        #expect(GraphValidator.defaultRules.map(\.id) == rules.map(\.rawValue))
        let all = Diagnostic.Rule.evidenceRules.map(\.rawValue)
        #expect(Set(all).count == all.count, "string ids are distinct")
    }

    /// Every rule is created through a declared member: no rule id is spelled as a string
    /// anywhere else in Sources/, and every declared member is in the lists.
    @Test func everyRuleIDInSourcesIsADeclaredMember() throws {
        let declaration = #/static let \w+ = Self\(rawValue: "([a-z-]+)"\)/#
        let stringly = #/ruleID: "|Rule\(rawValue: "|report\(ruleID:/#
        var declared: [String: [String]] = [:]   // file → ids
        let sources = Paths.repositoryRoot + "/Sources"
        let files = try FileManager.default.subpathsOfDirectory(atPath: sources)
        for file in files where file.hasSuffix(".swift") {
            let text = try String(contentsOfFile: sources + "/" + file, encoding: .utf8)
            #expect(text.firstMatch(of: stringly) == nil, "\(file) spells a rule id as a string; declare a Diagnostic.Rule member")
            guard text.contains("extension Diagnostic.Rule") else { continue }
            declared[file] = text.matches(of: declaration).map { String($0.output.1) }
        }
        let evidence = try #require(declared["EvidenceGraphXML/Validation/Diagnostic.Rule+Evidence.swift"])
        #expect(evidence == Diagnostic.Rule.evidenceRules.map(\.rawValue))
        let others = declared.filter { $0.key.hasPrefix("EvidenceGraphXML/") == false }.values.flatMap { $0 }
        #expect(others == ["patient-contradiction"], "\(declared)")
    }

    @Test func everyRuleIsDocumented() throws {
        let model = try String(contentsOfFile: Paths.repositoryRoot + "/docs/graph-model.md", encoding: .utf8)
        for rule in Diagnostic.Rule.evidenceRules {
            #expect(model.contains("`\(rule.rawValue)`"), "docs/graph-model.md does not list `\(rule)`")
        }
        let assessment = try String(contentsOfFile: Paths.repositoryRoot + "/docs/assessment.md", encoding: .utf8)
        #expect(assessment.contains("`patient-contradiction`"))
    }
}
