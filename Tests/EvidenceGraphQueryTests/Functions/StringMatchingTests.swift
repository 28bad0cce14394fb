import Testing
@testable import EvidenceGraphQuery
import EvidenceGraphCore

/// `STARTS WITH` / `ENDS WITH` / `CONTAINS` on UTF-8 bytes, including the in-place path for
/// `n.key CONTAINS 'literal'` on stored properties.
@Suite struct StringMatchingTests {
    @Test(arguments: [
        ("осторожностью", "ость", true), ("осторожностью", "остор", true), ("осторожностью", "тью", true),
        ("осторожностью", "ю", true), ("осторожностью", "я", false), ("abc", "", true), ("", "a", false),
        ("aab", "ab", true), ("abab", "bab", true), ("ab", "abc", false), ("e\u{301}", "e", true),
    ])
    func containsMatchesCodePoints(_ text: String, _ pattern: String, _ expected: Bool) {
        #expect(StringMatching.matches(.contains, text, pattern) == expected)
    }

    @Test func propertyPredicatesReadStoredBytes() throws {
        var b = GraphBuilder()
        try b.addNode(id: "a", labels: ["Drug"], properties: ["m": .string("применять с осторожностью")])
        try b.addNode(id: "b", labels: ["Drug"], properties: ["m": .string("inhibitor")])
        try b.addNode(id: "c", labels: ["Drug"], properties: ["m": .int(3)])
        try b.addNode(id: "d", labels: ["Drug"])
        let g = b.freeze()
        func ids(_ where: String) throws -> [String] {
            try g.query("MATCH (d:Drug) WHERE \(`where`) RETURN d.id AS id ORDER BY id").rows.map { "\($0[0])" }
        }
        #expect(try ids("d.m CONTAINS 'осторожностью'").count == 1)
        #expect(try ids("d.m STARTS WITH 'inh'").count == 1)
        #expect(try ids("d.m ENDS WITH 'тью'").count == 1)
        #expect(try ids("(d.m CONTAINS 'x') IS NULL").count == 2, "an integer and an absent property give null")
    }
}
