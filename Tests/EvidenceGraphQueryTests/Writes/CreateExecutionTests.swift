import Testing
import EvidenceGraphCore
@testable import EvidenceGraphQuery

@Suite struct CreateExecutionTests {
    @Test func createReturnsANewGraphAndLeavesTheInputUnchanged() throws {
        let input = ExecutionFixtures.drugs()
        let result = try input.query("""
            MATCH (t:Target {name: 'mTOR'})
            CREATE (d:Drug:Rapalog {name: 'Temsirolimus', year: 2007})-[r:INHIBITS {strength: 0.8}]->(t)
            RETURN d.name, type(r), labels(d)
            """)
        #expect(input.nodeCount == 7)
        #expect(input.relationshipCount == 6)
        #expect(result.graph.nodeCount == 8)
        #expect(result.graph.relationshipCount == 7)
        #expect(result.rows.map { $0.map { $0.render(result.graph) } } == [["'Temsirolimus'", "'INHIBITS'", "['Drug', 'Rapalog']"]])
        #expect(result.statistics.nodesCreated == 1)
        #expect(result.statistics.relationshipsCreated == 1)
        #expect(result.statistics.propertiesSet == 3)
        #expect(result.statistics.labelsAdded == 2)
        // The new graph answers queries, indexes included; the old one does not know the node.
        #expect(try ExecutionFixtures.rows(result.graph, "MATCH (d:Drug {name: 'Temsirolimus'})-->(t) RETURN t.name") == ["'mTOR'"])
        #expect(try ExecutionFixtures.rows(input, "MATCH (d:Drug {name: 'Temsirolimus'}) RETURN d") == [])
    }

    @Test func createBuildsGraphsForTests() throws {
        let g = try Graph().query("CREATE (a:A {n: 1}), (b:B {n: 2}), (a)-[:R]->(b), (b)-[:R]->(a)").graph
        #expect(g.nodeCount == 2)
        #expect(g.relationshipCount == 2)
        #expect(try ExecutionFixtures.rows(g, "MATCH (x)-[:R]->(y)-[:R]->(x) RETURN x.n ORDER BY x.n") == ["1", "2"])
    }

    @Test func createPerRowAndInLaterClauses() throws {
        let r = try Graph().query("UNWIND range(1, 3) AS i CREATE (:N {i: i}) WITH count(*) AS c MATCH (n:N) RETURN c, sum(n.i)")
        #expect(r.rows == [[.int(3), .int(6)]])
        let chained = try Graph().query("CREATE (a:A) CREATE (b:B) CREATE (a)-[:R]->(b) WITH a MATCH (a)-[:R]->(x:B) RETURN count(x)")
        #expect(chained.rows == [[.int(1)]])
        let refs = try Graph().query("CREATE (a {id: 7}), (b {ref: a.id}) RETURN b.ref")
        #expect(refs.rows == [[.int(7)]])
        let path = try Graph().query("CREATE p = (:A)-[:R]->(:B) RETURN length(p)")
        #expect(path.rows == [[.int(1)]])
    }

    @Test func limitZeroStillCreates() throws {
        let r = try Graph().query("CREATE (n:N) WITH n LIMIT 0 RETURN n")
        #expect(r.rows.isEmpty)
        #expect(r.graph.nodeCount == 1)
    }

    @Test func invalidCreatesAreCompileErrors() {
        for (q, detail) in [("CREATE (a)-[:R|S]->(b)", "NoSingleRelationshipType"), ("CREATE (a)-[:R*2]->(b)", "CreatingVarLength"),
                            ("CREATE (a)-[:R]-(b)", "RequiresDirectedRelationship")] {
            do {
                _ = try Graph().query(q)
                Issue.record("expected \(detail)")
            } catch {
                #expect(error.detail == detail, "\(q)")
                #expect(error.phase == .compileTime)
            }
        }
    }
}
