import Testing
import EvidenceGraphCore
import EvidenceGraphQuery

#if canImport(Glibc)
import Glibc
#endif

/// Measures typical query shapes on a synthetic graph. By default a small graph checks the
/// answers; with `EVG_PERF=<nodes>` (e.g. 100000, in a release build:
/// `swift test -c release --filter PerformanceTests`) it prints timings.
@Suite struct PerformanceTests {
    /// `n` drugs/targets/pathways with about five relationships per node and a skewed degree.
    static func synthetic(_ n: Int) -> Graph {
        var b = GraphBuilder()
        var nodes: [NodeIndex] = []
        nodes.reserveCapacity(n)
        for i in 0..<n {
            let label = i % 10 == 0 ? "Pathway" : (i % 3 == 0 ? "Target" : "Drug")
            nodes.append(try! b.addNode(id: "n\(i)", labels: [label],
                                        properties: ["name": .string("name\(i)"), "score": .int(Int64(i % 1000))]))
        }
        var seed: UInt64 = 7
        func next() -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(seed >> 33)
        }
        for i in 0..<n {
            for _ in 0..<5 {
                // Skew: half the edges go to the first 1% of nodes.
                let target = next() % 2 == 0 ? next() % max(1, n / 100) : next() % n
                b.addRelationship(type: i % 2 == 0 ? "INHIBITS" : "TARGETS", from: nodes[i], to: nodes[target])
            }
        }
        return b.freeze()
    }

    static func milliseconds(_ body: () throws -> Void) rethrows -> Double {
        let start = ContinuousClock.now
        try body()
        let d = ContinuousClock.now - start
        return Double(d.components.seconds) * 1e3 + Double(d.components.attoseconds) / 1e15
    }

    @Test func twoHopCountMatchesAManualCount() throws {
        let g = Self.synthetic(2_000)
        let start = try #require(g.node(withID: "n42"))
        var manual = 0
        for e1 in g.adjacency(of: start, .outgoing) {
            for e2 in g.adjacency(of: e1.neighbor, .outgoing) where e2.relationship != e1.relationship { manual += 1 }
        }
        let r = try g.query("MATCH (a {name: 'name42'})-->(b)-->(c) RETURN count(*)")
        #expect(r.rows == [[.int(Int64(manual))]])
    }

    @Test func timings() throws {
        guard let text = getenv("EVG_PERF").map({ String(cString: $0) }), let n = Int(text) else { return }
        var graph = Graph()
        let build = Self.milliseconds { graph = Self.synthetic(n) }
        print("graph: \(graph.nodeCount) nodes, \(graph.relationshipCount) relationships, built in \(build) ms")
        let queries = [
            ("point lookup", "MATCH (d:Drug {name: 'name1001'}) RETURN d.score"),
            ("1-hop", "MATCH (d:Drug {name: 'name1001'})-->(t) RETURN t.name"),
            ("2-hop", "MATCH (d:Drug {name: 'name1001'})-->(t)-->(x) RETURN count(*)"),
            ("2-hop rows", "MATCH (d:Drug {name: 'name1001'})-->(t)-->(x) RETURN x.name"),
            ("2-hop all drugs count", "MATCH (d:Drug)-[:INHIBITS]->(t:Target)-->(x) RETURN count(*)"),
            ("aggregation", "MATCH (d:Drug)-->(t) RETURN t.score % 10 AS k, count(*) ORDER BY k"),
            ("top-k", "MATCH (d:Drug) RETURN d.name ORDER BY d.score DESC LIMIT 10"),
            ("contains scan", "MATCH (d:Drug) WHERE d.name CONTAINS '99999' RETURN count(*)"),
            ("negative pattern", "MATCH (d:Pathway) WHERE NOT (d)-->() RETURN count(*)"),
            ("var-length 1..3", "MATCH (d:Drug {name: 'name1001'})-[*1..3]->(x) RETURN count(*)"),
        ]
        let only = getenv("EVG_PERF_ONLY").map { String(cString: $0) }
        for (name, q) in queries where only == nil || name == only {
            var rows = 0
            var times: [Double] = []
            for _ in 0..<(only == nil ? 5 : 50) { times.append(try Self.milliseconds { rows = try graph.query(q).rows.count }) }
            times.sort()
            print("\(name): median \(times[2]) ms (min \(times[0])), \(rows) rows — \(q)")
        }
        let profile = try graph.query("PROFILE MATCH (d:Drug)-[:INHIBITS]->(t:Target)-->(x) RETURN count(*)")
        print(profile.plan ?? "")
    }
}
