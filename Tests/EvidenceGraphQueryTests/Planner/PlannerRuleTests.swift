import Testing
import EvidenceGraphCore
@testable import EvidenceGraphQuery

/// The planner's choices, read from EXPLAIN (the deepest operator is planned first).
@Suite struct PlannerRuleTests {
    /// 1 000 `Common` nodes, 10 `Rare` ones, every Rare linked to 100 Commons.
    static let graph: Graph = {
        var b = GraphBuilder()
        var commons: [NodeIndex] = []
        for i in 0..<1_000 { commons.append(try! b.addNode(id: "c\(i)", labels: ["Common"], properties: ["name": .string("c\(i % 500)")])) }
        for i in 0..<10 {
            let r = try! b.addNode(id: "r\(i)", labels: ["Rare"], properties: ["name": .string("r\(i)")])
            for j in 0..<100 { b.addRelationship(type: "LINKS", from: commons[(i * 100 + j) % 1_000], to: r) }
        }
        return b.freeze()
    }()

    /// The plan's operator lines from the leaf up (Argument dropped).
    func operators(_ q: String) throws -> [String] {
        let plan = try #require(try Self.graph.query("EXPLAIN " + q).plan)
        return plan.split(separator: "\n").map { $0.trimmingPrefix(while: { $0 == " " || $0 == "+" }) }
            .map(String.init).filter { !$0.hasPrefix("Argument") }.reversed()
    }

    @Test func startsFromTheSmallestLabel() throws {
        let ops = try operators("MATCH (c:Common)-[:LINKS]->(r:Rare) RETURN c, r")
        #expect(ops.first?.hasPrefix("NodeByLabelScan (r:Rare)") == true)
        #expect(ops.dropFirst().first?.hasPrefix("Expand(All) (r)<-") == true)
    }

    @Test func prefersAnIndexSeekWithFewerHits() throws {
        // c.name = 'c7' has 2 hits; r.name = 'r3' has 1: start from r.
        let ops = try operators("MATCH (c:Common {name: 'c7'})-[:LINKS]->(r:Rare {name: 'r3'}) RETURN c")
        #expect(ops.first?.hasPrefix("NodeIndexSeek (r:Rare") == true)
        #expect(ops.contains { $0.hasPrefix("Expand(All) (r)<-") })
    }

    @Test func filtersArePushedToWhereTheirVariablesAreBound() throws {
        let ops = try operators("MATCH (r:Rare)<-[:LINKS]-(c:Common) WHERE r.name STARTS WITH 'r1' RETURN c")
        let filter = try #require(ops.firstIndex { $0.hasPrefix("Filter") })
        let expand = try #require(ops.firstIndex { $0.hasPrefix("Expand") })
        #expect(filter < expand)
    }

    @Test func unconnectedPatternsAreACartesianProductOfScans() throws {
        let ops = try operators("MATCH (a:Rare), (b:Rare) RETURN a, b")
        #expect(ops.filter { $0.hasPrefix("NodeByLabelScan") }.count == 2)
        #expect(try Self.graph.query("MATCH (a:Rare), (b:Rare) RETURN a, b").rows.count == 100)
    }

    @Test func orderByWithLimitIsTopK() throws {
        #expect(try operators("MATCH (c:Common) RETURN c.name ORDER BY c.name LIMIT 3").contains { $0.hasPrefix("Top") })
        #expect(try operators("MATCH (c:Common) RETURN c.name ORDER BY c.name").contains { $0.hasPrefix("Sort") })
    }

    @Test func optionalMatchIsAnOptionalApply() throws {
        let ops = try operators("MATCH (r:Rare) OPTIONAL MATCH (r)-[:NONE]->(x) RETURN r, x")
        #expect(ops.contains { $0.hasPrefix("OptionalApply") })
        #expect(try Self.graph.query("MATCH (r:Rare) OPTIONAL MATCH (r)-[:NONE]->(x) RETURN r, x").rows.count == 10)
    }

    @Test func profileNamesTheHottestOperator() throws {
        let plan = try #require(try Self.graph.query("PROFILE MATCH (r:Rare)<-[:LINKS]-(c)-[:LINKS]->(r2) RETURN count(*)").plan)
        let hottest = plan.split(separator: "\n").filter { $0.contains("◀ hottest") }
        #expect(hottest.count == 1)
        #expect(plan.contains("Total time:"))
    }
}
