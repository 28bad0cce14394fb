import Testing
import EvidenceGraphCore
@testable import EvidenceGraphQuery

@Suite struct ProjectionExecutionTests {
    let graph = ExecutionFixtures.drugs()

    func rows(_ q: String, _ p: [String: Value] = [:]) throws -> [String] { try ExecutionFixtures.rows(graph, q, p) }

    @Test func columnsAreNamedBySourceTextOrAlias() throws {
        let r = try graph.query("MATCH (d:Drug) RETURN d.name, d.year AS year, toUpper( d.name ) LIMIT 1")
        #expect(r.columns == ["d.name", "year", "toUpper( d.name )"])
    }

    @Test func aggregationWithGrouping() throws {
        #expect(try rows("MATCH (d:Drug)-[:INHIBITS]->(t) RETURN t.name, count(*) AS n, collect(d.name) ORDER BY n DESC, t.name") ==
            ["'mTOR' | 2 | ['Everolimus', 'Sirolimus']", "'PIK3CA' | 1 | ['Alpelisib']"])
        #expect(try rows("MATCH (d:Drug) RETURN min(d.year), max(d.year), sum(d.year), avg(d.year)") == ["1999 | 2019 | 6027 | 2009.0"])
        #expect(try rows("MATCH (d:Drug) RETURN count(DISTINCT d.year > 2000), count(d.year > 2000)") == ["2 | 3"])
        #expect(try rows("MATCH (n:Missing) RETURN count(*), collect(n), sum(n.x), avg(n.x)") == ["0 | [] | 0 | null"])
        #expect(try rows("MATCH (n:Missing) RETURN n.x, count(*)") == [])
        #expect(try rows("UNWIND [1, 1.0, null, 2] AS x RETURN x, count(*) ORDER BY x") == ["1 | 2", "2 | 1", "null | 1"])
        #expect(try rows("MATCH (d:Drug) RETURN count(*) * 10 + 1 AS score") == ["31"])
    }

    @Test func withPipelines() throws {
        #expect(try rows("""
            MATCH (d:Drug)-[:INHIBITS]->(t:Target)
            WITH t, count(d) AS drugs WHERE drugs > 1
            MATCH (t)-[:IN_PATHWAY]->(p)
            RETURN t.name, drugs, p.name
            """) == ["'mTOR' | 2 | 'PI3K/AKT/mTOR'"])
        #expect(try rows("MATCH (d:Drug) WITH d.name AS name ORDER BY name DESC LIMIT 2 RETURN collect(name)") ==
            ["['Sirolimus', 'Everolimus']"])
        #expect(try rows("WITH 1 AS a, 2 AS b WITH a AS b, b AS a RETURN a, b") == ["2 | 1"])
        #expect(try rows("MATCH (d:Drug {name: 'Alpelisib'}) WITH * RETURN d.year") == ["2019"])
    }

    @Test func distinctSkipLimit() throws {
        #expect(try rows("MATCH (d)-[:INHIBITS]->(t) RETURN DISTINCT t.name ORDER BY t.name") == ["'PIK3CA'", "'mTOR'"])
        #expect(try rows("UNWIND range(1, 10) AS x RETURN x SKIP 3 LIMIT 2") == ["4", "5"])
        #expect(try rows("UNWIND range(1, 10) AS x RETURN x LIMIT 0") == [])
        #expect(try rows("UNWIND [[1], [1], [1.0], null, null] AS x RETURN DISTINCT x") == ["[1]", "null"])
    }

    @Test func orderByAcrossTypesAscendingAndDescending() throws {
        let ascending = try rows("UNWIND [1.5, 'text', null, false, [1], {a: 1}, 0.0 / 0.0, 2] AS v RETURN v ORDER BY v")
        #expect(ascending == ["{a: 1}", "[1]", "'text'", "false", "1.5", "2", "NaN", "null"])
        let descending = try rows("UNWIND [1.5, 'text', null, false, [1], {a: 1}, 0.0 / 0.0, 2] AS v RETURN v ORDER BY v DESC")
        #expect(descending == ascending.reversed())
        #expect(try rows("MATCH (d:Drug) RETURN d.name ORDER BY d.year DESC") == ["'Alpelisib'", "'Everolimus'", "'Sirolimus'"])
        // ORDER BY a variable that is not returned.
        #expect(try rows("MATCH (d:Drug) RETURN d.name ORDER BY d.year") == ["'Sirolimus'", "'Everolimus'", "'Alpelisib'"])
    }

    @Test func topKEqualsSortThenLimit() throws {
        var b = GraphBuilder()
        var seed: UInt64 = 42
        for i in 0..<2_000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let score = Int64(seed >> 52)  // many ties
            _ = try b.addNode(id: "n\(i)", labels: ["N"], properties: ["score": .int(score), "i": .int(Int64(i))])
        }
        let g = b.freeze()
        let top = try g.query("MATCH (n:N) RETURN n.i ORDER BY n.score DESC, n.i SKIP 5 LIMIT 25")
        let all = try g.query("MATCH (n:N) RETURN n.i ORDER BY n.score DESC, n.i")
        #expect(top.rows == Array(all.rows[5..<30]))
        #expect(try g.query("EXPLAIN MATCH (n:N) RETURN n ORDER BY n.score LIMIT 3").plan?.contains("Top") == true)
        // Ties keep input order in both (stable), so even ties agree.
        let tiesTop = try g.query("MATCH (n:N) RETURN n.i ORDER BY n.score LIMIT 50")
        let tiesAll = try g.query("MATCH (n:N) RETURN n.i ORDER BY n.score")
        #expect(tiesTop.rows == Array(tiesAll.rows[0..<50]))
    }

    @Test func unwind() throws {
        #expect(try rows("UNWIND [1, 2] AS x UNWIND ['a', 'b'] AS y RETURN x + y") == ["'1a'", "'1b'", "'2a'", "'2b'"])
        #expect(try rows("UNWIND [] AS x RETURN x") == [])
        #expect(try rows("UNWIND null AS x RETURN x") == [])
    }

    @Test func union() throws {
        #expect(try rows("MATCH (d:Drug) RETURN d.year AS v UNION ALL RETURN 2009 AS v").count == 4)
        #expect(try rows("MATCH (d:Drug) RETURN d.year AS v UNION RETURN 2009 AS v").sorted() == ["1999", "2009", "2019"])
        #expect(throws: QueryError.self) { try rows("RETURN 1 AS a UNION RETURN 2 AS b") }
    }

    @Test func expressions() throws {
        #expect(try rows("RETURN [x IN range(1, 5) WHERE x % 2 = 1 | x * x] AS odd") == ["[1, 9, 25]"])
        #expect(try rows("RETURN any(x IN [1, 2] WHERE x > 1), all(x IN [1, 2] WHERE x > 1), none(x IN [] WHERE true), single(x IN [1, 2] WHERE x = 2)") ==
            ["true | false | true | true"])
        #expect(try rows("RETURN reduce(acc = 0, x IN [1, 2, 3] | acc + x)") == ["6"])
        #expect(try rows("RETURN CASE 2 WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'many' END, CASE WHEN 1 > 2 THEN 'x' END") ==
            ["'two' | null"])
        #expect(try rows("RETURN [1, 2, 3][0], [1, 2, 3][-1], [1, 2, 3][1..], [1, 2, 3][..-1], {a: 1}['a'], [1][5]") ==
            ["1 | 3 | [2, 3] | [1, 2] | 1 | null"])
        #expect(try rows("MATCH (d:Drug {name: 'Alpelisib'}) RETURN d {.name, .year, kind: 'drug'}") ==
            ["{name: 'Alpelisib', year: 2019, kind: 'drug'}"])
        #expect(try rows("MATCH (d:Drug {name: 'Everolimus'}) RETURN [(d)-[:INHIBITS]->(t) | t.name], size([(d)<--() | 1])") ==
            ["['mTOR'] | 1"])
        #expect(try rows("RETURN 'a' + 1, 1 + 2.5, 7 / 2, 2 ^ 3, -(3), 'x' IN ['x'], null = null, 1 <> 2") ==
            ["'a1' | 3.5 | 3 | 8.0 | -3 | true | null | true"])
    }

    @Test func runtimeErrors() {
        for (q, cls) in [("RETURN 9223372036854775807 + 1", "ArithmeticError"), ("UNWIND [1, 'a'] AS x RETURN x * 2", "TypeError"),
                         ("RETURN range(1, 2, 0)", "ArgumentError"), ("RETURN 1 / 0", "ArithmeticError")] {
            do {
                _ = try graph.query(q)
                Issue.record("expected \(cls) from \(q)")
            } catch {
                #expect(error.errorClass == cls, "\(q)")
                #expect(error.phase == .runtime, "\(q)")
            }
        }
    }
}
