import Testing
import EvidenceGraphCore
@testable import EvidenceGraphQuery

/// Grouping (`count(*)` with keys, `DISTINCT`) runs on encoded key words: these tests pin that
/// the encoding groups exactly the values openCypher calls equivalent, whatever their source
/// (a stored property, a computed value, a parameter) and whether or not the query writes.
@Suite struct GroupingExecutionTests {
    let graph = ExecutionFixtures.drugs()

    func rows(_ q: String, _ p: [String: Value] = [:]) throws -> [String] { try ExecutionFixtures.rows(graph, q, p) }

    @Test func numbersGroupByValueAcrossIntegerAndFloat() throws {
        #expect(try rows("UNWIND [1, 1.0, 0.0, -0.0, 0, 2] AS x RETURN x, count(*) ORDER BY x") ==
            ["0.0 | 3", "1 | 2", "2 | 1"])
        #expect(try rows("UNWIND [0.0 / 0.0, 0.0 / 0.0, null, null] AS x RETURN x, count(*) ORDER BY x") ==
            ["NaN | 2", "null | 2"])
        // 2^53 + 1 has no Float twin; 2^53 does.
        #expect(try rows("UNWIND [9007199254740993, 9007199254740992.0, 9007199254740992] AS x RETURN count(DISTINCT x)") == ["2"])
        #expect(try rows("UNWIND [9007199254740993, 9007199254740993] AS x RETURN x, count(*)") == ["9007199254740993 | 2"])
    }

    @Test func storedAndComputedStringsGroupTogether() throws {
        // d.name is read packed from the graph; the literals are computed values, one of them
        // (the concatenation) equal in bytes to a stored string, one not in the graph at all.
        #expect(try rows("""
            MATCH (d:Drug) WITH d.name AS n
            UNWIND [n, 'Ever' + 'olimus', 'Not in graph', 'Not in graph'] AS x
            RETURN x, count(*) ORDER BY x
            """) == ["'Alpelisib' | 1", "'Everolimus' | 4", "'Not in graph' | 6", "'Sirolimus' | 1"])
        #expect(try rows("MATCH (d:Drug) UNWIND [d.name, toUpper(d.name)] AS x RETURN count(DISTINCT x)") == ["6"])
    }

    @Test func stringsCompareByBytesEverywhere() throws {
        let composed = Value.string("\u{E9}"), decomposed = Value.string("e\u{301}")
        let p: [String: Value] = ["a": composed, "b": decomposed]
        #expect(try rows("RETURN $a = $b, $a <> $b", p) == ["false | true"])
        #expect(try rows("UNWIND [$a, $b, $a] AS x RETURN count(DISTINCT x)", p) == ["2"])
        #expect(try rows("UNWIND [$a, $b, $a] AS x WITH x, count(*) AS n RETURN n ORDER BY n", p) == ["1", "2"])
        #expect(composed != decomposed)
        #expect(try rows("RETURN 'ab' < 'abc', 'abc' < 'abd', 'z' < 'я', 'я' = 'я', 'b' > 'a'") == ["true | true | true | true | true"])
    }

    @Test func listsMapsAndNodesGroupByEquivalence() throws {
        #expect(try rows("UNWIND [[1], [1.0], [1, null], [1, null], {a: 1}, {a: 1.0}] AS x RETURN count(DISTINCT x)") == ["3"])
        #expect(try rows("MATCH (d)-[:INHIBITS]->(t) RETURN t.name, count(*) ORDER BY t.name") == ["'PIK3CA' | 1", "'mTOR' | 2"])
        #expect(try rows("MATCH (d)-[:INHIBITS]->(t) WITH t, count(*) AS n RETURN n ORDER BY n") == ["1", "2"])
        #expect(try rows("MATCH (d)-[r]->() RETURN count(DISTINCT r.strength)") == ["2"])
        #expect(try rows("MATCH (d:Drug) RETURN d.missing, count(*)") == ["null | 3"])
    }

    @Test func propertyKeysOfOtherValuesFallBackOrFail() throws {
        // `x.name` is a grouping key read from storage when x is a node; a map reads its
        // entry, and an integer is a TypeError (not a crash, not a null group).
        #expect(try rows("UNWIND [{name: 'a'}, {name: 'a'}, null] AS x RETURN x.name, count(*) ORDER BY x.name") ==
            ["'a' | 2", "null | 1"])
        #expect(throws: QueryError.self) { try rows("UNWIND [1] AS x RETURN x.name, count(*)") }
        #expect(throws: QueryError.self) { try rows("UNWIND [1] AS x RETURN DISTINCT x.name") }
    }

    @Test func storedListsAndRelationshipPropertiesGroupByEquivalence() throws {
        var b = GraphBuilder()
        let a = try! b.addNode(id: "a", labels: ["T"], properties: ["doses": .list([.int(1), .int(2)])])
        let c = try! b.addNode(id: "c", labels: ["T"], properties: ["doses": .list([.int(1), .int(2)])])
        let d = try! b.addNode(id: "d", labels: ["T"], properties: ["doses": .list([.int(3)])])
        b.addRelationship(type: "R", from: a, to: c, properties: [("w", .float(1))])
        b.addRelationship(type: "R", from: c, to: d, properties: [("w", .int(1))])
        b.addRelationship(type: "R", from: d, to: a, properties: [("w", .int(2))])
        let g = b.freeze()
        #expect(try ExecutionFixtures.rows(g, "MATCH (n:T) RETURN n.doses, count(*) ORDER BY n.doses") ==
            ["[1, 2] | 2", "[3] | 1"])
        #expect(try ExecutionFixtures.rows(g, "MATCH ()-[r:R]->() RETURN r.w, count(*) ORDER BY r.w") ==
            ["1.0 | 2", "2 | 1"])
    }

    @Test func groupingBelowWritesSeesTheNewValues() throws {
        // Rows come from nodes the query creates: the by-value path must group them.
        let r = try rows("""
            UNWIND [1, 1.0, 2] AS v CREATE (n:Dose {mg: v})
            WITH n MATCH (m:Dose) RETURN m.mg, count(*) ORDER BY m.mg
            """)
        #expect(r == ["1 | 6", "2 | 3"])
        #expect(try rows("UNWIND ['a', 'a', 'b'] AS s CREATE (n:T {s: s}) RETURN DISTINCT n.s ORDER BY n.s") == ["'a'", "'b'"])
    }

    /// Random values (numbers of both kinds, strings in and out of the graph, nulls, lists):
    /// the engine's groups must be those of a naive pairwise-equivalence reference.
    @Test func randomValuesGroupLikeTheReference() throws {
        var seed: UInt64 = 7
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(seed >> 33) % n
        }
        let pool: [Value] = [.null, .int(0), .float(-0.0), .int(1), .float(1), .float(.nan), .int(Int64(1) << 60),
                             .string("Everolimus"), .string("mTOR"), .string("absent"), .string("Эверолимус"), .bool(true),
                             .list([.int(1)]), .list([.float(1)]), .list([]), .map([("k", .int(2))])]
        for _ in 0..<20 {
            let xs = (0..<200).map { _ in pool[next(pool.count)] }
            var reference: [(Value, Int)] = []
            for x in xs {
                if let i = reference.firstIndex(where: { ValueOrdering.equivalent($0.0, x) }) { reference[i].1 += 1 }
                else { reference.append((x, 1)) }
            }
            let result = try graph.query("UNWIND $xs AS x RETURN x, count(*) AS n", parameters: ["xs": .list(xs)])
            #expect(result.rows.count == reference.count)
            for row in result.rows {
                let expected = reference.first { ValueOrdering.equivalent($0.0, row[0]) }?.1
                #expect(expected == row[1].intValue)
            }
            let distinct = try graph.query("UNWIND $xs AS x RETURN DISTINCT x", parameters: ["xs": .list(xs)])
            #expect(distinct.rows.count == reference.count)
        }
    }
}

private extension Value {
    var intValue: Int? { if case .int(let i) = self { return Int(i) } else { return nil } }
}
