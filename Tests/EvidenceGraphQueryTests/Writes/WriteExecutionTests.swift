import Testing
import EvidenceGraphCore
@testable import EvidenceGraphQuery

/// SET, REMOVE, DELETE and MERGE: each returns a new graph and leaves the queried one as it was.
@Suite struct WriteExecutionTests {
    private func rows(_ r: QueryResult) -> [String] {
        r.rows.map { $0.map { $0.render(r.graph) }.joined(separator: " | ") }
    }

    @Test func setChangesACopy() throws {
        let input = ExecutionFixtures.drugs()
        let r = try input.query("""
            MATCH (d:Drug {name: 'Everolimus'})
            SET d.year = 2010, d:Rapalog, d += {brand: 'Afinitor'}
            RETURN d.year, d.brand, labels(d)
            """)
        #expect(rows(r) == ["2010 | 'Afinitor' | ['Drug', 'Rapalog']"])
        #expect(r.statistics.labelsAdded == 1)
        #expect(try ExecutionFixtures.rows(input, "MATCH (d:Drug {name: 'Everolimus'}) RETURN d.year, labels(d)") == ["2009 | ['Drug']"])
        // The new graph's indexes and label lists know the changes.
        #expect(try ExecutionFixtures.rows(r.graph, "MATCH (d:Rapalog) RETURN d.name") == ["'Everolimus'"])
        #expect(try ExecutionFixtures.rows(r.graph, "MATCH (d {brand: 'Afinitor'}) RETURN d.year") == ["2010"])
    }

    @Test func setReplacesAndRemovesProperties() throws {
        let g = try Graph().query("CREATE (:A {a: 1, b: 2})").graph
        #expect(try ExecutionFixtures.rows(g, "MATCH (n:A) SET n = {c: 3} RETURN n.a, n.c") == ["null | 3"])
        #expect(try ExecutionFixtures.rows(g, "MATCH (n:A) SET n.a = null RETURN keys(n)") == ["['b']"])
        #expect(try ExecutionFixtures.rows(g, "MATCH (n:A) SET n += {a: null, c: 3} RETURN keys(n)") == ["['b', 'c']"])
        #expect(try ExecutionFixtures.rows(g, "OPTIONAL MATCH (n:Missing) SET n.x = 1 RETURN n") == ["null"])
        #expect(throws: QueryError.self) { try g.query("MATCH (n:A) SET n.x = {k: 1}") }
    }

    @Test func removeDropsPropertiesAndLabels() throws {
        let g = try Graph().query("CREATE (:A:B {a: 1, b: 2})").graph
        let r = try g.query("MATCH (n:A) REMOVE n.a, n:B RETURN labels(n), keys(n)")
        #expect(rows(r) == ["['A'] | ['b']"])
        #expect(r.statistics.labelsRemoved == 1)
        #expect(try ExecutionFixtures.rows(r.graph, "MATCH (n:B) RETURN n") == [])
    }

    @Test func deleteNeedsDetachForConnectedNodes() throws {
        let input = ExecutionFixtures.drugs()
        do {
            _ = try input.query("MATCH (t:Target {name: 'mTOR'}) DELETE t")
            Issue.record("expected DeleteConnectedNode")
        } catch {
            #expect(error.errorClass == "ConstraintVerificationFailed")
            #expect(error.detail == "DeleteConnectedNode")
        }
        let r = try input.query("MATCH (t:Target {name: 'mTOR'}) DETACH DELETE t")
        #expect(r.graph.nodeCount == input.nodeCount - 1)
        #expect(r.graph.relationshipCount == input.relationshipCount - 3)
        #expect(r.statistics.nodesDeleted == 1)
        #expect(input.node(withID: "mtor") != nil)
        #expect(r.graph.node(withID: "mtor") == nil)
        // Deleting a relationship and its node in one clause needs no DETACH.
        let both = try input.query("MATCH (n:Name)-[r]->(d) DELETE r, n RETURN d.name")
        #expect(rows(both) == ["'Everolimus'"])
        #expect(both.graph.nodeCount == input.nodeCount - 1)
        #expect(both.graph.relationshipCount == input.relationshipCount - 1)
    }

    @Test func rowsAreRenumberedAfterDeletions() throws {
        let g = try Graph().query("CREATE (:A {i: 1}), (:A {i: 2}), (:A {i: 3})").graph
        let r = try g.query("MATCH (a:A) WITH a ORDER BY a.i MATCH (b:A {i: 1}) DELETE b WITH a MATCH (c:A) WHERE c = a RETURN a.i ORDER BY a.i")
        #expect(rows(r) == ["2", "3"])
        #expect(try ExecutionFixtures.rows(g, "MATCH (a:A) DETACH DELETE a RETURN count(*)") == ["3"])
        // Rows of an earlier UNION branch are renumbered by a deletion in a later one.
        let union = try g.query("MATCH (a:A {i: 3}) RETURN a UNION ALL MATCH (a:A {i: 1}) DELETE a RETURN null AS a")
        #expect(rows(union) == ["(:A {i: 3})", "null"])
    }

    @Test func mergeMatchesOrCreates() throws {
        let r = try Graph().query("UNWIND [1, 2, 1] AS x MERGE (n:N {v: x}) ON CREATE SET n.created = true ON MATCH SET n.matched = true RETURN n.v, n.created, n.matched")
        #expect(Set(rows(r)) == ["1 | true | true", "2 | true | null"])
        #expect(r.graph.nodeCount == 2)
        let rel = try r.graph.query("MATCH (a:N {v: 1}), (b:N {v: 2}) MERGE (a)-[:R]->(b) MERGE (a)-[:R]->(b) RETURN count(*)")
        #expect(rel.graph.relationshipCount == 1)
        do {
            _ = try Graph().query("MERGE (n {v: null})")
            Issue.record("expected MergeReadOwnWrites")
        } catch {
            #expect(error.detail == "MergeReadOwnWrites")
        }
    }

    @Test func anonymousIdsOfDeletedNodesAreNotReused() throws {
        let g = try Graph().query("CREATE (:A), (:B)").graph
        let ids = Set(g.nodes.map { g.id(of: NodeIndex($0)) })
        let r = try g.query("MATCH (a:A) DELETE a CREATE (:C)").graph
        let c = try #require(r.nodes.first { r.labels(of: NodeIndex($0)) == ["C"] })
        #expect(!ids.contains(r.id(of: NodeIndex(c))))
    }
}
