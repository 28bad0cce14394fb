import EvidenceGraphCore
@testable import EvidenceGraphQuery

/// Helpers for execution tests: small graphs and compact row rendering.
enum ExecutionFixtures {
    /// A small drug graph:
    /// (everolimus:Drug)-[:INHIBITS]->(mtor:Target), (sirolimus:Drug)-[:INHIBITS]->(mtor),
    /// (mtor)-[:IN_PATHWAY]->(pi3k:Pathway), (alpelisib:Drug)-[:INHIBITS]->(pik3ca:Target),
    /// (pik3ca)-[:IN_PATHWAY]->(pi3k), (everolimus)-[:SYNONYM_OF]->(эверолимус:Name)
    static func drugs() -> Graph {
        var b = GraphBuilder()
        let e = try! b.addNode(id: "everolimus", labels: ["Drug"], properties: ["name": .string("Everolimus"), "year": .int(2009)])
        let s = try! b.addNode(id: "sirolimus", labels: ["Drug"], properties: ["name": .string("Sirolimus"), "year": .int(1999)])
        let a = try! b.addNode(id: "alpelisib", labels: ["Drug"], properties: ["name": .string("Alpelisib"), "year": .int(2019)])
        let m = try! b.addNode(id: "mtor", labels: ["Target"], properties: ["name": .string("mTOR")])
        let p = try! b.addNode(id: "pik3ca", labels: ["Target"], properties: ["name": .string("PIK3CA")])
        let w = try! b.addNode(id: "pi3k", labels: ["Pathway"], properties: ["name": .string("PI3K/AKT/mTOR")])
        let r = try! b.addNode(id: "ru", labels: ["Name"], properties: ["name": .string("Эверолимус")])
        b.addRelationship(type: "INHIBITS", from: e, to: m, properties: [("strength", .float(0.9))])
        b.addRelationship(type: "INHIBITS", from: s, to: m, properties: [("strength", .float(0.7))])
        b.addRelationship(type: "INHIBITS", from: a, to: p)
        b.addRelationship(type: "IN_PATHWAY", from: m, to: w)
        b.addRelationship(type: "IN_PATHWAY", from: p, to: w)
        b.addRelationship(type: "SYNONYM_OF", from: r, to: e)
        return b.freeze()
    }

    /// Runs a query, rendering every row as `a | b | c` with values in TCK notation.
    static func rows(_ graph: Graph, _ query: String, _ parameters: [String: Value] = [:]) throws -> [String] {
        let result = try graph.query(query, parameters: parameters)
        return result.rows.map { $0.map { $0.render(result.graph) }.joined(separator: " | ") }
    }
}
