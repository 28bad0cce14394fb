import Testing
import EvidenceGraphCore
@testable import EvidenceGraphQuery

/// Properties that must hold for any query of a shape, checked on generated queries over
/// small generated graphs (deterministic seeds, so a failure reproduces):
/// `LIMIT k` returns at most k rows; `ORDER BY` output is sorted; `DISTINCT` rows are
/// unique; `count(*)` equals the number of rows of the same `MATCH … WHERE`.
@Suite struct QueryPropertyTests {
    /// A small deterministic generator (SplitMix64).
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }
        mutating func chance(_ percent: Int) -> Bool { int(100) < percent }
    }

    static let labels = ["A", "B", "C"]
    static let types = ["R", "S"]

    /// A graph of 5–30 nodes with labels, an int `x` (sometimes missing), a string `s`, a
    /// float `f`, and random typed relationships (self-loops and parallel edges included).
    static func graph(_ g: inout Generator) -> Graph {
        var b = GraphBuilder()
        let n = 5 + g.int(26)
        var nodes: [NodeIndex] = []
        for i in 0..<n {
            var labels: [String] = []
            for l in Self.labels where g.chance(40) { labels.append(l) }
            var properties: [(String, PropertyValue)] = [("s", .string(g.pick(["a", "b", "ab", "Б", ""])))]
            if g.chance(85) { properties.append(("x", .int(Int64(g.int(10)) - 3))) }
            if g.chance(50) { properties.append(("f", .float(Double(g.int(7)) / 2))) }
            nodes.append(try! b.addNode(id: "n\(i)", labels: labels, propertyList: properties))
        }
        for _ in 0..<(g.int(3 * n) + 1) {
            b.addRelationship(type: g.pick(Self.types), from: nodes[g.int(n)], to: nodes[g.int(n)],
                              properties: g.chance(50) ? [("w", .int(Int64(g.int(5))))] : [])
        }
        return b.freeze()
    }

    /// A `MATCH … WHERE …` over variables a, b (and c): 0–2 hops, random labels, types,
    /// directions and predicates.
    static func match(_ g: inout Generator) -> (text: String, variables: [String]) {
        func node(_ v: String) -> String { g.chance(50) ? "(\(v):\(g.pick(labels)))" : "(\(v))" }
        func rel() -> String {
            let type = g.chance(60) ? ":\(g.pick(types))" : ""
            switch g.int(3) {
            case 0: return "-[\(type)]->"
            case 1: return "<-[\(type)]-"
            default: return "-[\(type)]-"
            }
        }
        var variables = ["a"]
        var text = "MATCH " + node("a")
        for v in ["b", "c"].prefix(g.int(3)) {
            text += rel() + node(v)
            variables.append(v)
        }
        if g.chance(70) {
            let v = g.pick(variables)
            let predicate = g.pick([
                "\(v).x > \(g.int(6) - 2)",
                "\(v).x IS NULL",
                "\(v).s STARTS WITH 'a'",
                "\(v).x % 2 = 0 OR \(v).f >= 1.5",
                "NOT \(v).s = 'b'",
                "\(v).x IN [0, 1, 2, \(g.int(9))]",
            ])
            text += " WHERE " + predicate
        }
        return (text, variables)
    }

    static let seeds: [UInt64] = Array(1...60)

    @Test(arguments: seeds)
    func limitBoundsTheRows(_ seed: UInt64) throws {
        var g = Generator(state: seed)
        let graph = Self.graph(&g)
        for _ in 0..<5 {
            let (m, vars) = Self.match(&g)
            let k = g.int(6)
            let query = "\(m) RETURN \(vars.map { "\($0).x" }.joined(separator: ", ")) LIMIT \(k)"
            let all = try graph.query("\(m) RETURN \(vars.map { "\($0).x" }.joined(separator: ", "))").rows.count
            let rows = try graph.query(query).rows.count
            #expect(rows <= k, "\(query)")
            #expect(rows == min(k, all), "\(query)")
        }
    }

    @Test(arguments: seeds)
    func orderByIsSorted(_ seed: UInt64) throws {
        var g = Generator(state: seed)
        let graph = Self.graph(&g)
        for _ in 0..<5 {
            let (m, vars) = Self.match(&g)
            let v = g.pick(vars)
            let keys = [("\(v).x", g.chance(50)), ("\(v).s", g.chance(50)), ("\(g.pick(vars)).f", g.chance(50))]
            let query = "\(m) RETURN " + keys.enumerated().map { "\($1.0) AS k\($0)" }.joined(separator: ", ")
                + " ORDER BY " + keys.enumerated().map { "k\($0)" + ($1.1 ? " DESC" : "") }.joined(separator: ", ")
                + (g.chance(30) ? " LIMIT \(g.int(8))" : "")
            let rows = try graph.query(query).rows
            for (x, y) in zip(rows, rows.dropFirst()) {
                #expect(!Self.outOfOrder(x, y, descending: keys.map(\.1)), "\(query): \(x) before \(y)")
            }
        }
    }

    /// Whether row `x` must not come before row `y`.
    static func outOfOrder(_ x: [Value], _ y: [Value], descending: [Bool]) -> Bool {
        for i in x.indices {
            let c = ValueOrdering.compare(x[i], y[i])
            if c != 0 { return descending[i] ? c < 0 : c > 0 }
        }
        return false
    }

    @Test(arguments: seeds)
    func distinctRowsAreUnique(_ seed: UInt64) throws {
        var g = Generator(state: seed)
        let graph = Self.graph(&g)
        for _ in 0..<5 {
            let (m, vars) = Self.match(&g)
            let items = [g.pick(vars) + ".x % 3", g.pick(vars) + ".s", "labels(\(g.pick(vars)))", g.pick(vars)]
                .filter { _ in g.chance(60) }
            let projection = (items.isEmpty ? ["\(vars[0]).s"] : items).enumerated().map { "\($1) AS c\($0)" }
            let query = "\(m) RETURN DISTINCT " + projection.joined(separator: ", ")
            let rows = try graph.query(query).rows
            #expect(Set(rows.map { EquivalenceKey(values: $0) }).count == rows.count, "\(query)")
            let all = try graph.query("\(m) RETURN " + projection.joined(separator: ", ")).rows
            #expect(Set(all.map { EquivalenceKey(values: $0) }).count == rows.count, "\(query): every distinct row once")
        }
    }

    @Test(arguments: seeds)
    func countStarEqualsTheRowsOfTheSameMatch(_ seed: UInt64) throws {
        var g = Generator(state: seed)
        let graph = Self.graph(&g)
        for _ in 0..<5 {
            let (m, vars) = Self.match(&g)
            let count = try graph.query("\(m) RETURN count(*) AS n").rows
            let rows = try graph.query("\(m) RETURN \(vars.joined(separator: ", "))").rows
            #expect(count == [[.int(Int64(rows.count))]], "\(m)")
        }
    }
}
