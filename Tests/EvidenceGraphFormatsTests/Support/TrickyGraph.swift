import EvidenceGraphCore

/// A small graph with the values exports find hard: strings with quotes, commas, semicolons
/// and line breaks, an empty string, booleans, integers and floats, lists (one with an item
/// holding the array delimiter, one empty), a property whose kind differs between nodes of one
/// label, two label sets sharing a label, and relationship properties.
enum TrickyGraph {
    static let note = "Said \"no\", then: yes,\nreally; twice"

    static func make() -> Graph {
        var b = GraphBuilder()
        let a = try! b.addNode(id: "d1", labels: ["Drug"], properties: [
            "id": .string("d1"), "name": .string("Alpha, \"the first\""), "approved": .bool(true), "year": .int(2009),
            "dose": .float(2.5), "tags": .list([.string("x"), .string("y z")]), "code": .int(7),
        ])
        let c = try! b.addNode(id: "d2", labels: ["Drug", "Inhibitor"], properties: [
            "id": .string("d2"), "name": .string(note), "approved": .bool(false), "year": .int(2019),
            "dose": .int(3), "tags": .list([]), "code": .string("L01"), "empty": .string(""),
        ])
        let d = try! b.addNode(id: "d3", labels: ["Drug"], properties: [
            "id": .string("d3"), "name": .string("Gamma"), "tags": .list([.string("p;q")]), "scores": .list([.int(1), .float(2.5)]),
        ])
        let t = try! b.addNode(id: "t1", labels: ["Target"], properties: ["id": .string("t1"), "name": .string("mTOR / FRAP1")])
        let u = try! b.addNode(id: "u1", labels: [], properties: ["id": .string("u1"), "weights": .list([.float(0.5), .float(1e-5)])])
        b.addRelationship(type: "TARGETS", from: a, to: t, properties: [("affinity", .float(0.9)), ("note", .string(note))])
        b.addRelationship(type: "TARGETS", from: c, to: t, properties: [("affinity", .int(1))])
        b.addRelationship(type: "TARGETS", from: d, to: t)
        b.addRelationship(type: "SEE_ALSO", from: t, to: u)
        b.addRelationship(type: "SEE_ALSO", from: u, to: u, properties: [("flags", .list([.bool(true), .bool(false)]))])
        return b.freeze()
    }
}
