import Testing
import Foundation
@testable import EvidenceGraphXML

/// docs/graph-model.md must name every label and relationship type of the mapping table.
@Suite struct DocumentationTests {
    @Test func graphModelDocumentsEveryLabelAndType() throws {
        let doc = try String(contentsOfFile: Paths.repositoryRoot + "/docs/graph-model.md", encoding: .utf8)
        for label in Set(EvidenceModel.entities.map(\.label)) {
            #expect(doc.contains("`\(label)`"), "label \(label)")
        }
        for type in EvidenceModel.relationshipEndpoints.keys {
            #expect(doc.contains("`\(type)`"), "relationship type \(type)")
        }
        for rule in GraphValidator.defaultRules {
            #expect(doc.contains("`\(rule.id)`"), "rule \(rule.id)")
        }
    }
}
