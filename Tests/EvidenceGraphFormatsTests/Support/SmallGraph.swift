import EvidenceGraphCore

/// A three-node graph for rendering tests:
/// (everolimus:Drug {name, approved: 2009})-[:TARGETS {affinity: 0.9}]->(mtor:Target {name}),
/// (alpelisib:Drug:Inhibitor {name, aliases: [..]})-[:TARGETS]->(mtor).
enum SmallGraph {
    static func make() -> Graph {
        var b = GraphBuilder()
        let everolimus = try! b.addNode(id: "everolimus", labels: ["Drug"], properties: ["name": .string("Everolimus"), "approved": .int(2009)])
        let alpelisib = try! b.addNode(id: "alpelisib", labels: ["Drug", "Inhibitor"],
                                       properties: ["name": .string("Alpelisib"), "aliases": .list([.string("BYL719"), .string("Piqray")])])
        let mtor = try! b.addNode(id: "mtor", labels: ["Target"], properties: ["name": .string("mTOR / FRAP1")])
        b.addRelationship(type: "TARGETS", from: everolimus, to: mtor, properties: [("affinity", .float(0.9))])
        b.addRelationship(type: "TARGETS", from: alpelisib, to: mtor)
        return b.freeze()
    }
}
