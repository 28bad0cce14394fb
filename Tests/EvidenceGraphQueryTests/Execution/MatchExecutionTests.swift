import Testing
import EvidenceGraphCore
@testable import EvidenceGraphQuery

@Suite struct MatchExecutionTests {
    let graph = ExecutionFixtures.drugs()

    func rows(_ q: String, _ p: [String: Value] = [:]) throws -> [String] { try ExecutionFixtures.rows(graph, q, p) }

    @Test func labelScanAndPropertyMap() throws {
        #expect(try rows("MATCH (d:Drug) RETURN d.name ORDER BY d.name") == ["'Alpelisib'", "'Everolimus'", "'Sirolimus'"])
        #expect(try rows("MATCH (d:Drug {year: 2009}) RETURN d.name") == ["'Everolimus'"])
        #expect(try rows("MATCH (d:Missing) RETURN d") == [])
        #expect(try rows("MATCH (n) RETURN count(*)") == ["7"])
    }

    @Test func directionsAndTypes() throws {
        #expect(try rows("MATCH (t:Target)<-[:INHIBITS]-(d) RETURN t.name, d.name ORDER BY d.name") ==
            ["'PIK3CA' | 'Alpelisib'", "'mTOR' | 'Everolimus'", "'mTOR' | 'Sirolimus'"])
        #expect(try rows("MATCH (a {name: 'mTOR'})-[r:INHIBITS|IN_PATHWAY]-(b) RETURN type(r), b.name ORDER BY b.name") ==
            ["'INHIBITS' | 'Everolimus'", "'IN_PATHWAY' | 'PI3K/AKT/mTOR'", "'INHIBITS' | 'Sirolimus'"])
        #expect(try rows("MATCH ()-[r:NOPE]->() RETURN r") == [])
    }

    @Test func undirectedPatternsReturnBothOrientations() throws {
        #expect(try rows("MATCH (a)-[:SYNONYM_OF]-(b) RETURN a.name, b.name ORDER BY a.name") ==
            ["'Everolimus' | 'Эверолимус'", "'Эверолимус' | 'Everolimus'"])
    }

    @Test func twoHopAndCommaPatterns() throws {
        #expect(try rows("MATCH (d:Drug)-[:INHIBITS]->(:Target)-[:IN_PATHWAY]->(p:Pathway) RETURN d.name, p.name ORDER BY d.name") ==
            ["'Alpelisib' | 'PI3K/AKT/mTOR'", "'Everolimus' | 'PI3K/AKT/mTOR'", "'Sirolimus' | 'PI3K/AKT/mTOR'"])
        #expect(try rows("MATCH (a:Drug {name: 'Everolimus'}), (b:Drug {name: 'Sirolimus'}) RETURN a.year - b.year") == ["10"])
        #expect(try rows("MATCH (a:Drug), (b:Target) RETURN count(*)") == ["6"])
    }

    @Test func relationshipUniquenessWithinOneMatch() throws {
        // Both drugs inhibiting mTOR: r1 and r2 can never be the same relationship.
        #expect(try rows("MATCH (a)-[r1:INHIBITS]->(t)<-[r2:INHIBITS]-(b) RETURN a.name, b.name ORDER BY a.name") ==
            ["'Everolimus' | 'Sirolimus'", "'Sirolimus' | 'Everolimus'"])
        // Across comma-separated parts too.
        #expect(try rows("MATCH (a)-[r1:INHIBITS]->(t), (b)-[r2:INHIBITS]->(t) RETURN count(*)") == ["2"])
        // But not across MATCH clauses.
        #expect(try rows("MATCH (a)-[r1:INHIBITS]->(t) MATCH (b)-[r2:INHIBITS]->(t) RETURN count(*)") == ["5"])
    }

    @Test func cycleClosingUsesExpandInto() throws {
        let result = try graph.query("EXPLAIN MATCH (a)-[:INHIBITS]->(t), (a)-[:INHIBITS]->(t) RETURN a")
        #expect(result.plan?.contains("Expand(Into)") == true)
        #expect(try rows("MATCH (a:Drug)-->(t:Target), (a)-[r]->(t) RETURN count(*)") == ["0"])
    }

    @Test func expandIntoScansTheSmallerEndAndAgrees() throws {
        var b = GraphBuilder()
        let hub = try b.addNode(id: "hub", labels: ["Hub"])
        for i in 0..<100 {
            let leaf = try b.addNode(id: "l\(i)", labels: ["Leaf"], properties: ["i": .int(Int64(i))])
            b.addRelationship(type: "LINK", from: hub, to: leaf)
            if i % 2 == 0 { b.addRelationship(type: "BACK", from: leaf, to: hub) }
        }
        let g = b.freeze()
        #expect(try ExecutionFixtures.rows(g, "MATCH (h:Hub), (l:Leaf) MATCH (h)-[:LINK]->(l) RETURN count(*)") == ["100"])
        #expect(try ExecutionFixtures.rows(g, "MATCH (h:Hub), (l:Leaf) MATCH (l)<-[:LINK]-(h) RETURN count(*)") == ["100"])
        #expect(try ExecutionFixtures.rows(g, "MATCH (h:Hub), (l:Leaf) MATCH (h)-[r]-(l) RETURN count(*)") == ["150"])
        #expect(try ExecutionFixtures.rows(g, "MATCH (h:Hub)-[:LINK]->(l)-[:BACK]->(h) RETURN count(*)") == ["50"])
    }

    @Test func variableLength() throws {
        #expect(try rows("MATCH (d:Drug {name: 'Everolimus'})-[*1..2]->(x) RETURN x.name ORDER BY x.name") ==
            ["'PI3K/AKT/mTOR'", "'mTOR'"])
        #expect(try rows("MATCH (d:Drug {name: 'Everolimus'})-[*0..1]->(x) RETURN x.name ORDER BY x.name") ==
            ["'Everolimus'", "'mTOR'"])
        #expect(try rows("MATCH (d:Drug {name: 'Everolimus'})-[rs*2]->(x) RETURN size(rs), x.name") == ["2 | 'PI3K/AKT/mTOR'"])
        #expect(try rows("MATCH (n:Name)-[*]-(x:Drug) RETURN x.name ORDER BY x.name") ==
            ["'Alpelisib'", "'Everolimus'", "'Sirolimus'"])
        // A trail never reuses a relationship: from mTOR undirected, length 2 paths.
        #expect(try rows("MATCH (m:Target {name: 'mTOR'})-[*2..2]-(x) RETURN x.name ORDER BY x.name") ==
            ["'PIK3CA'", "'Эверолимус'"])
    }

    @Test func namedPaths() throws {
        #expect(try rows("MATCH p = (d:Drug {name: 'Sirolimus'})-[:INHIBITS]->(t) RETURN length(p), [n IN nodes(p) | n.name]") ==
            ["1 | ['Sirolimus', 'mTOR']"])
        #expect(try rows("MATCH p = (:Name)-[*2]-(x) RETURN length(p), x.name") == ["2 | 'mTOR'"])
        #expect(try rows("MATCH p = (m:Target {name: 'mTOR'})<-[:INHIBITS]-(d {name: 'Sirolimus'}) RETURN p") ==
            ["<(:Target {name: 'mTOR'})<-[:INHIBITS {strength: 0.7}]-(:Drug {name: 'Sirolimus', year: 1999})>"])
    }

    @Test func whereClause() throws {
        #expect(try rows("MATCH (d:Drug) WHERE d.year > 2000 AND NOT d.name STARTS WITH 'A' RETURN d.name") == ["'Everolimus'"])
        #expect(try rows("MATCH (d:Drug) WHERE d.name IN ['Sirolimus', 'Nope'] RETURN d.name") == ["'Sirolimus'"])
        #expect(try rows("MATCH (d:Drug) WHERE d.name ENDS WITH 'limus' XOR d.year < 2000 RETURN d.name") == ["'Everolimus'"])
        #expect(try rows("MATCH (d:Drug) WHERE d.missing IS NULL RETURN count(d)") == ["3"])
        #expect(try rows("MATCH (d) WHERE d.year IS NOT NULL AND d.name CONTAINS 'oli' RETURN d.name ORDER BY d.name") ==
            ["'Everolimus'", "'Sirolimus'"])
        #expect(try rows("MATCH (d:Drug) WHERE (d)-[:INHIBITS]->(:Target {name: 'PIK3CA'}) RETURN d.name") == ["'Alpelisib'"])
        #expect(try rows("MATCH (d:Drug) WHERE NOT (d)<-[:SYNONYM_OF]-() RETURN d.name ORDER BY d.name") == ["'Alpelisib'", "'Sirolimus'"])
        #expect(try rows("MATCH (d:Drug) WHERE EXISTS { MATCH (d)-->(t:Target) WHERE t.name = 'mTOR' } RETURN d.name ORDER BY d.name") ==
            ["'Everolimus'", "'Sirolimus'"])
        #expect(try rows("MATCH (d:Drug)-[r]->() WHERE r.strength > 0.8 RETURN d.name") == ["'Everolimus'"])
    }

    @Test func patternPredicatesPlanAsSemiApply() throws {
        let semi = try graph.query("EXPLAIN MATCH (d:Drug) WHERE (d)-[:INHIBITS]->() RETURN d").plan ?? ""
        #expect(semi.contains("SemiApply"))
        let anti = try graph.query("EXPLAIN MATCH (d:Drug) WHERE NOT EXISTS { MATCH (d)<-[:SYNONYM_OF]-() } RETURN d").plan ?? ""
        #expect(anti.contains("AntiSemiApply"))
        #expect(try rows("MATCH (d:Drug) WITH d WHERE d.year > 2000 AND NOT (d)<--() RETURN d.name") == ["'Alpelisib'"])
        // Inside OR the pattern stays an expression.
        #expect(try rows("MATCH (d:Drug) WHERE d.year < 2000 OR (d)<--() RETURN d.name ORDER BY d.name") == ["'Everolimus'", "'Sirolimus'"])
    }

    @Test func caseInsensitiveCyrillicMatching() throws {
        #expect(try rows("MATCH (n) WHERE toLower(n.name) = toLower('ЭВЕРОЛИМУС') RETURN n.name") == ["'Эверолимус'"])
        #expect(try rows("MATCH (n) WHERE toUpper(n.name) CONTAINS 'ЛИМУС' RETURN n.id, n.name") == ["null | 'Эверолимус'"])
    }

    @Test func optionalMatchGivesNullRows() throws {
        #expect(try rows("MATCH (d:Drug) OPTIONAL MATCH (d)<-[:SYNONYM_OF]-(s) RETURN d.name, s.name ORDER BY d.name") ==
            ["'Alpelisib' | null", "'Everolimus' | 'Эверолимус'", "'Sirolimus' | null"])
        #expect(try rows("OPTIONAL MATCH (n:Missing) RETURN n") == ["null"])
        #expect(try rows("MATCH (d:Drug) OPTIONAL MATCH p = (d)-[:NOPE]->(x) RETURN d.name, p, x ORDER BY d.name LIMIT 1") ==
            ["'Alpelisib' | null | null"])
        #expect(try rows("MATCH (t:Target) OPTIONAL MATCH (t)<-[:INHIBITS]-(d) WHERE d.year > 2000 RETURN t.name, count(d) ORDER BY t.name") ==
            ["'PIK3CA' | 1", "'mTOR' | 1"])
    }

    @Test func parameters() throws {
        #expect(try rows("MATCH (d:Drug) WHERE d.name = $name RETURN d.year", ["name": .string("Alpelisib")]) == ["2019"])
        #expect(try rows("CREATE (d:Drug $props) RETURN d.year", ["props": .map([("year", .int(1999))])]) == ["1999"])
        #expect(throws: QueryError.self) { try rows("MATCH (d:Drug $props) RETURN d.name", ["props": .map([])]) }
        #expect(try rows("UNWIND $list AS x RETURN x * 2", ["list": .list([.int(1), .int(2)])]) == ["2", "4"])
        #expect(throws: QueryError.self) { try rows("RETURN $missing") }
    }

    @Test func indexSeekIsUsedAndAgreesWithLabelScan() throws {
        let seek = try graph.query("EXPLAIN MATCH (t:Target {name: 'mTOR'})<-[:INHIBITS]-(d:Drug) RETURN d.name")
        #expect(seek.plan?.contains("NodeIndexSeek") == true)
        let whereSeek = try graph.query("EXPLAIN MATCH (t:Target) WHERE t.name = $n RETURN t", parameters: ["n": .string("mTOR")])
        #expect(whereSeek.plan?.contains("NodeIndexSeek") == true)
        let viaIndex = try rows("MATCH (t:Target {name: 'mTOR'})<-[:INHIBITS]-(d:Drug) RETURN d.name ORDER BY d.name")
        // `year` is not indexed: the same shape through a label scan and a filter.
        let viaScan = try rows("MATCH (t:Target)<-[:INHIBITS]-(d:Drug) WHERE t.name + '' = 'mTOR' RETURN d.name ORDER BY d.name")
        #expect(viaIndex == viaScan)
        #expect(viaIndex == ["'Everolimus'", "'Sirolimus'"])
        let inSeek = try graph.query("EXPLAIN MATCH (d:Drug) WHERE d.name IN ['Sirolimus', 'Alpelisib', 'Sirolimus'] RETURN d")
        #expect(inSeek.plan?.contains("NodeIndexSeek") == true)
        #expect(try rows("MATCH (d:Drug) WHERE d.name IN ['Sirolimus', 'Alpelisib', 'Sirolimus', null] RETURN d.name ORDER BY d.name") ==
            ["'Alpelisib'", "'Sirolimus'"])
        let noIndex = try graph.query("EXPLAIN MATCH (d:Drug {year: 2009}) RETURN d")
        #expect(noIndex.plan?.contains("NodeIndexSeek") == false)
    }

    @Test func plannerStartsFromTheSelectiveEnd() throws {
        let plan = try graph.query("EXPLAIN MATCH (d:Drug)-[:INHIBITS]->(t:Target {name: 'PIK3CA'}) RETURN d").plan ?? ""
        let lines = plan.split(separator: "\n")
        // The deepest operator (above the argument) is the seek on t; the expand goes from t to d.
        #expect(lines.dropLast().last?.contains("NodeIndexSeek") == true)
        #expect(plan.contains("(t)<-[anon_1:INHIBITS]-(d)"))
    }

    @Test func idSeek() throws {
        let e = graph.node(withID: "everolimus")!
        #expect(try rows("MATCH (n) WHERE id(n) = \(e.rawValue) RETURN n.name") == ["'Everolimus'"])
        #expect(try graph.query("EXPLAIN MATCH (n) WHERE id(n) = 0 RETURN n").plan?.contains("NodeByIdSeek") == true)
    }
}
