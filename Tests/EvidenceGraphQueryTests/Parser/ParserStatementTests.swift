import Testing
@testable import EvidenceGraphQuery

@Suite struct ParserStatementTests {
    @Test(arguments: [
        // Clauses.
        ("MATCH (n:Drug) RETURN n", "MATCH (n:Drug) RETURN n"),
        ("OPTIONAL MATCH (n)-[r]->(m) WHERE m.x = 1 RETURN r", "OPTIONAL MATCH (n)-[r]->(m) WHERE (m.x = 1) RETURN r"),
        ("MATCH (a), (b) WITH a, b.x AS x WHERE x > 1 RETURN a", "MATCH (a), (b) WITH a, b.x AS x WHERE (x > 1) RETURN a"),
        ("WITH DISTINCT * ORDER BY a ASCENDING SKIP 1 LIMIT 2 RETURN *", "WITH DISTINCT * ORDER BY a SKIP 1 LIMIT 2 RETURN *"),
        ("RETURN *, n.x AS y ORDER BY y DESCENDING, n", "RETURN *, n.x AS y ORDER BY y DESC, n"),
        ("UNWIND [1, 2] AS x RETURN x", "UNWIND [1, 2] AS x RETURN x"),
        ("CREATE (a:A {x: 1})-[:T {w: 2}]->(b), (c)", "CREATE (a:A {x: 1})-[:T {w: 2}]->(b), (c)"),
        ("MERGE (a:A) ON CREATE SET a.x = 1 ON MATCH SET a += {y: 2}", "MERGE (a:A) ON CREATE SET a.x = 1 ON MATCH SET a += {y: 2}"),
        ("MATCH (n) SET n:L:M, n = {a: 1}, n.k = 2", "MATCH (n) SET n:L:M, n = {a: 1}, n.k = 2"),
        ("MATCH (n) DETACH DELETE n", "MATCH (n) DETACH DELETE n"),
        ("MATCH (n) REMOVE n.k, n:L", "MATCH (n) REMOVE n.k, n:L"),
        ("RETURN 1 AS x UNION RETURN 2 AS x", "RETURN 1 AS x UNION RETURN 2 AS x"),
        ("RETURN 1 AS x UNION ALL RETURN 2 AS x;", "RETURN 1 AS x UNION ALL RETURN 2 AS x"),
        ("EXPLAIN MATCH (n) RETURN n", "EXPLAIN MATCH (n) RETURN n"),
        ("profile MATCH (n) RETURN n", "PROFILE MATCH (n) RETURN n"),
        // Patterns.
        ("MATCH (a)<-[r:A|B]-(b) RETURN a", "MATCH (a)<-[r:A|B]-(b) RETURN a"),
        ("MATCH (a)-[:A|:B]-(b) RETURN a", "MATCH (a)-[:A|B]-(b) RETURN a"),
        ("MATCH (a)<-->(b) RETURN a", "MATCH (a)-[]-(b) RETURN a"),
        ("MATCH (a)--(b)-->(c)<--(d) RETURN a", "MATCH (a)-[]-(b)-[]->(c)<-[]-(d) RETURN a"),
        ("MATCH (a)-[*]->(b) RETURN a", "MATCH (a)-[*]->(b) RETURN a"),
        ("MATCH (a)-[*2]->(b) RETURN a", "MATCH (a)-[*2]->(b) RETURN a"),
        ("MATCH (a)-[r:T*1..3 {x: 1}]->(b) RETURN a", "MATCH (a)-[r:T*1..3 {x: 1}]->(b) RETURN a"),
        ("MATCH (a)-[*..3]->(b) RETURN a", "MATCH (a)-[*..3]->(b) RETURN a"),
        ("MATCH (a)-[*2..]->(b) RETURN a", "MATCH (a)-[*2..]->(b) RETURN a"),
        ("MATCH p = (a)-->(b), q = (c) RETURN p", "MATCH p = (a)-[]->(b), q = (c) RETURN p"),
        ("CREATE (n $props)", "CREATE (n $props)"),
        ("MATCH (:A:B:C) RETURN 1", "MATCH (:A:B:C) RETURN 1"),
        // Pattern predicates and subqueries.
        ("MATCH (a), (b) WHERE (a)-->(b) AND NOT (b)-->(a) RETURN a", "MATCH (a), (b) WHERE ((a)-[]->(b) AND (NOT (b)-[]->(a))) RETURN a"),
        ("MATCH (n) WHERE EXISTS { MATCH (n)-->(m) WHERE m.x = 1 } RETURN n", "MATCH (n) WHERE EXISTS { MATCH (n)-[]->(m) WHERE (m.x = 1) } RETURN n"),
        ("MATCH (n) WHERE exists { (n)-->() } RETURN n", "MATCH (n) WHERE EXISTS { (n)-[]->() } RETURN n"),
        ("MATCH (n) WHERE (n:A) RETURN n", "MATCH (n) WHERE n:A RETURN n"),
    ])
    func statements(input: String, expected: String) throws {
        #expect(try canonical(input) == expected)
    }

    @Test func projectionItemsKeepTheirSourceTextAsColumnName() throws {
        let statement = try QueryParser.parse("MATCH (n)\nRETURN n.name, count( * ), toLower(n.x)  AS lower, n.a+1")
        guard case .return(let r) = statement.body.first.clauses.last else {
            Issue.record("no RETURN")
            return
        }
        #expect(r.projection.items.map(\.name) == ["n.name", "count( * )", "lower", "n.a+1"])
    }

    @Test func spansPointAtTheSource() throws {
        let statement = try QueryParser.parse("MATCH (n)\n  WHERE n.x > 1\nRETURN n")
        guard case .match(let m) = statement.body.first.clauses.first, let predicate = m.predicate else {
            Issue.record("no MATCH … WHERE")
            return
        }
        #expect(predicate.span.start.line == 2)
        #expect(predicate.span.start.column == 9)
        #expect(predicate.span.end.column == 16)
        #expect(m.pattern.parts[0].element.start.variable?.span.start.column == 8)
    }

    @Test func relationshipLengths() throws {
        func length(_ text: String) throws -> RelationshipPattern.Length? {
            guard case .match(let m) = try QueryParser.parse("MATCH (a)-[\(text)]->(b) RETURN a").body.first.clauses[0] else { return nil }
            return m.pattern.parts[0].element.steps[0].relationship.length
        }
        #expect(try length("") == nil)
        #expect(try length("*") == .init(minimum: nil, maximum: nil))
        #expect(try length("*3") == .init(minimum: 3, maximum: 3))
        #expect(try length("*1..5") == .init(minimum: 1, maximum: 5))
        #expect(try length("*..5") == .init(minimum: nil, maximum: 5))
        #expect(try length("*0..") == .init(minimum: 0, maximum: nil))
    }
}
