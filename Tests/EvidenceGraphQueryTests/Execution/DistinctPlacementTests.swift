import EvidenceGraphCore
import Testing
@testable import EvidenceGraphQuery

/// `RETURN DISTINCT` over variables and stored properties is keyed on the properties' stored
/// form below the projection; the rows are those of the generic path (a DISTINCT over
/// projected values), in the same order.
@Suite struct DistinctPlacementTests {
    /// Nodes whose `k` values are equal, equivalent (1 and 1.0), different, missing, or of
    /// other kinds, each joined to one of two targets.
    static let graph: Graph = {
        var b = GraphBuilder()
        let t1 = try! b.addNode(id: "t1", labels: ["T"], properties: ["id": .string("t1")])
        let t2 = try! b.addNode(id: "t2", labels: ["T"], properties: ["id": .string("t2")])
        let values: [PropertyValue] = [.int(1), .float(1.0), .string("a"), .string("a"), .null, .bool(true),
                                       .string("б"), .list([.int(1)]), .list([.float(1)]), .date(CalendarDate(iso: "2021")!),
                                       .date(CalendarDate(iso: "2021-01-01")!), .float(.nan), .float(.nan)]
        for (i, v) in values.enumerated() {
            let n = try! b.addNode(id: "n\(i)", labels: ["N"], properties: v.isNull ? [:] : ["k": v])
            b.addRelationship(type: "R", from: n, to: i % 3 == 0 ? t1 : t2)
            b.addRelationship(type: "R", from: n, to: t1)
        }
        return b.freeze()
    }()

    func rows(_ q: String) throws -> [String] { try ExecutionFixtures.rows(Self.graph, q) }

    @Test func isPlannedBelowTheProjection() throws {
        let plan = try #require(try Self.graph.query("EXPLAIN MATCH (n:N)-[:R]->(t:T) RETURN DISTINCT n.k, t.id").plan)
        let lines = plan.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let projection = try #require(lines.firstIndex { $0.hasPrefix("+Projection") })
        let distinct = try #require(lines.firstIndex { $0.hasPrefix("+Distinct") })
        #expect(distinct > projection, "Distinct is below (after, in the printed tree) the Projection:\n\(plan)")
    }

    @Test func givesTheRowsOfTheGenericPath() throws {
        // `n.k + ''`-style expressions are not stored properties, so they take the generic path.
        let stored = try rows("MATCH (n:N)-[:R]->(t:T) RETURN DISTINCT n.k AS k, t.id AS t")
        let generic = try rows("MATCH (n:N)-[:R]->(t:T) WITH n.k AS k, t.id AS t, 0 AS z RETURN DISTINCT k, t")
        #expect(stored == generic)
        #expect(stored.count == 15, "\(stored)")  // 8 distinct k (1 ~ 1.0, [1] ~ [1.0], the two dates, one NaN), б with t1 only
        #expect(try rows("MATCH (n:N)-[:R]->(t:T) RETURN DISTINCT t") == ["(:T {id: 't1'})", "(:T {id: 't2'})"])
        #expect(try rows("MATCH (n:N) RETURN DISTINCT n.k AS k ORDER BY k").count == 8)
    }

    @Test func aPropertyOfANonEntityIsStillATypeError() {
        #expect(throws: QueryError.self) { try rows("UNWIND [1, 2] AS x RETURN DISTINCT x.k") }
    }
}
