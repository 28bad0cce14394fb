import EvidenceGraph
@testable import EvidenceGraphAssessment
import Foundation
import Testing

/// The decision model's vocabulary is parsed into Swift enums whose raw values are exactly
/// the XSD's enumerations; and no clinical vocabulary from the knowledge base is written in
/// the assessment's Swift sources.
@Suite struct VocabularyTests {
    static let schema = AssessmentFixtures.root.appendingPathComponent("Graph/schema/evidence.xsd")

    /// The enumeration values of the XSD simple type `name`.
    static func enumeration(_ name: String) throws -> Set<String> {
        let text = try String(contentsOf: schema, encoding: .utf8)
        guard let start = text.range(of: "<xs:simpleType name=\"\(name)\">"),
              let end = text.range(of: "</xs:simpleType>", range: start.upperBound..<text.endIndex) else { return [] }
        let body = text[start.upperBound..<end.lowerBound]
        var out: Set<String> = []
        var rest = body[...]
        while let r = rest.range(of: "<xs:enumeration value=\"") {
            let tail = rest[r.upperBound...]
            guard let q = tail.firstIndex(of: "\"") else { break }
            out.insert(String(tail[..<q]))
            rest = tail[q...]
        }
        return out
    }

    static func raw<T: CaseIterable & RawRepresentable>(_ t: T.Type) -> Set<String> where T.RawValue == String {
        Set(T.allCases.map(\.rawValue))
    }

    @Test func enumsMatchTheSchema() throws {
        #expect(Self.raw(BiomarkerStatus.self) == (try Self.enumeration("BiomarkerStatus")))
        #expect(Self.raw(PriorRequirement.self) == (try Self.enumeration("Requirement")))
        #expect(Self.raw(ContraindicationSeverity.self) == (try Self.enumeration("Severity")))
        #expect(Self.raw(RankingFeature.self) == (try Self.enumeration("RankingFeature")))
        #expect(Self.raw(TherapySetting.self) == (try Self.enumeration("TherapySetting")))
        #expect(Self.raw(ArmRole.self) == (try Self.enumeration("ArmRole")))
        #expect(Self.raw(PrincipleKind.self) == (try Self.enumeration("PrincipleKind")))
        #expect(Self.raw(TherapyOutcome.self) == (try Self.enumeration("TherapyOutcome")))
        let text = try String(contentsOf: Self.schema, encoding: .utf8)
        for token in Self.raw(Stance.self).union(Self.raw(GradeKind.self)).union(Self.raw(StateMeasure.self)).union(Self.raw(TestingSource.self)) {
            #expect(text.contains("<xs:enumeration value=\"\(token)\"/>"), "\(token)")
        }
    }

    /// Names of drugs, classes, regimens, biomarkers, findings, diseases, guidelines and
    /// principles of the bundled knowledge base must not appear as string literals in
    /// Sources/EvidenceGraphAssessment: the mechanisms are general, the clinic is in Graph/.
    @Test func noClinicalVocabularyInTheAssessmentSources() throws {
        let k = try AssessmentFixtures.knowledge.get()
        var terms: Set<String> = []
        for label in ["Drug", "Biomarker", "Finding", "Comorbidity", "Disease", "MetastaticSite"] {
            for e in k.entities[label] ?? [] { terms.formUnion(e.names.map { $0.lowercased() }) }
        }
        terms.formUnion(k.drugs.values.flatMap(\.classes).map { $0.lowercased() })
        terms.formUnion(k.classParents.keys.map { $0.lowercased() })
        terms.formUnion(k.regimens.keys.map { $0.lowercased() })
        terms.formUnion(k.guidelines.values.flatMap { [$0.id.lowercased(), $0.issuer.lowercased()] })
        terms.formUnion(k.principles.map { $0.id.lowercased() })
        terms.formUnion(k.stateRules.map { $0.id.lowercased() })
        let dir = AssessmentFixtures.root.appendingPathComponent("Sources/EvidenceGraphAssessment")
        let files = try #require(FileManager.default.enumerator(atPath: dir.path)).compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        #expect(files.count > 20)
        var hits: [String] = []
        for file in files {
            let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                for literal in Self.literals(in: String(line)) {
                    let l = literal.lowercased()
                    if terms.contains(l) { hits.append("\(file): \"\(literal)\"") }
                }
            }
        }
        #expect(hits.isEmpty, "clinical vocabulary in Swift: \(hits)")
    }

    /// The string literals of one line (without interpolations).
    static func literals(in line: String) -> [String] {
        var out: [String] = []
        var current: String?
        var escaped = false
        for ch in line {
            if var c = current {
                if escaped { escaped = false; c.append(ch); current = c; continue }
                if ch == "\\" { escaped = true; current = c; continue }
                if ch == "\"" { out.append(c); current = nil; continue }
                c.append(ch)
                current = c
            } else if ch == "\"" {
                current = ""
            }
        }
        return out
    }
}
