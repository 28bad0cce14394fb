import EvidenceGraphFormats
import EvidenceGraphQuery
import Foundation
import Testing

/// The query contract (version 1): written by `JSONEncoder`, read back equal; the shapes of
/// nodes, relationships and paths; keys sorted.
@Suite struct QueryResultDocumentTests {
    let graph = SmallGraph.make()

    static let everyKind = """
        MATCH p = (d:Drug)-[r:TARGETS]->(t:Target)
        RETURN d, r, p, d.aliases AS aliases, {target: t.name, n: 2} AS map, r.affinity AS affinity,
               1.0 / 0.0 AS inf, 2.0 AS whole, null AS nothing, date('2024-02-29') AS day, d.name STARTS WITH 'E' AS e
        ORDER BY d.name
        """

    @Test func aResultReadsBackEqual() throws {
        let result = try graph.query(Self.everyKind)
        let written = QueryResultDocument(result)
        let text = ResultJSON.text(result)
        let read = try ContractJSON.decoder().decode(QueryResultDocument.self, from: Data(text.utf8))
        #expect(read == written)
        #expect(read.version == 1 && read.columns == result.columns && read.rows.count == 2)
        #expect(try ContractJSON.encoder().encode(read) == Data(text.utf8), "re-encoding gives the same text")
    }

    @Test func valuesHaveTheContractShapes() throws {
        let row = try #require(QueryResultDocument(graph.query(Self.everyKind)).rows.last)
        let everolimus = JSONValue.object([
            ("id", .string("everolimus")), ("labels", .array([.string("Drug")])),
            ("properties", .object([("name", .string("Everolimus")), ("approved", .int(2009))])),
        ])
        let mtor = JSONValue.object([
            ("id", .string("mtor")), ("labels", .array([.string("Target")])),
            ("properties", .object([("name", .string("mTOR / FRAP1"))])),
        ])
        let targets = JSONValue.object([
            ("type", .string("TARGETS")), ("start", .string("everolimus")), ("end", .string("mtor")),
            ("properties", .object([("affinity", .double(0.9))])),
        ])
        let expected: [JSONValue] = [
            everolimus, targets, .object([("nodes", .array([everolimus, mtor])), ("relationships", .array([targets]))]),
            .null, .object([("target", .string("mTOR / FRAP1")), ("n", .int(2))]),
            .double(0.9), .string("Infinity"), .double(2), .null, .string("2024-02-29"), .bool(true),
        ]
        #expect(row == expected)
    }

    @Test func keysAreSortedAndSlashesBare() throws {
        let text = ResultJSON.text(try graph.query("MATCH (:Drug {name: 'Everolimus'})-[r]->(t) RETURN r, t.name AS name"))
        #expect(text == #"{"columns":["r","name"],"rows":[[{"end":"mtor","properties":{"affinity":0.9},"start":"everolimus","type":"TARGETS"},"mTOR / FRAP1"]],"version":1}"#)
    }
}
