import Testing
import EvidenceGraphCore
@testable import EvidenceGraphQuery

/// `WHERE n.key op constant` on a scanned node is tested inside the scan on the packed stored
/// value. These tests pin that it keeps exactly the rows of the generic path: the same
/// predicate written as `[n.v][0] op c`, which the planner cannot fuse, over stored values of
/// every kind (and missing ones) against constants of every supported kind.
@Suite struct PackedFilterTests {
    /// One `P` node per stored value of `v` (named by its index), plus one without `v`.
    static let values: [PropertyValue] = [
        .int(2019), .int(2020), .int(2021), .int(-5), .int(0), .int(Int64.max), .int(9_007_199_254_740_993),
        .float(2020.0), .float(2019.5), .float(2020.5), .float(-0.0), .float(.nan), .float(.infinity),
        .float(9_007_199_254_740_992.0),
        .string(""), .string("a"), .string("ab"), .string("b"), .string("z"), .string("é"), .string("e\u{301}"),
        .string("Эверолимус"), .string("Ж"), .string("Я"), .string("2020"),
        // TemporalStorage's encoding of date 2020-01-11: reads back as a date, not a string.
        .string("\u{E000}d18272"),
        .bool(true), .bool(false),
        .date(CalendarDate(year: 2020, month: 1, day: 1)!), .date(CalendarDate(year: 2019, month: 12, day: 31)!),
        .date(CalendarDate(year: 2020, precision: .year)!), .date(CalendarDate(year: 2021, month: 6, day: 15)!),
        .list([.int(2020)]),
    ]

    static let graph: Graph = {
        var b = GraphBuilder()
        for (i, v) in values.enumerated() {
            _ = try! b.addNode(id: "p\(i)", labels: ["P"], properties: ["name": .string("p\(i)"), "v": v])
        }
        _ = try! b.addNode(id: "none", labels: ["P"], properties: ["name": .string("none")])
        _ = try! b.addNode(id: "other", labels: ["Q"], properties: ["name": .string("other"), "v": .int(2020)])
        return b.freeze()
    }()

    static let constants: [Value] = [
        .int(2020), .int(0), .int(9_007_199_254_740_992), .int(Int64.min),
        .float(2020.0), .float(2019.9), .float(-0.0), .float(.nan), .float(9_007_199_254_740_992.0), .float(-.infinity),
        .string("2020"), .string("a"), .string(""), .string("é"), .string("Ж"), .string("Эверолимус"), .string("zz"),
        .bool(true), .bool(false),
        .temporal(.date(epochDay: 18262)), // 2020-01-01
        .temporal(.date(epochDay: 18272)), // 2020-01-11, the stored encoded string's date
    ]

    static let operators = ["=", "<>", "<", "<=", ">", ">="]

    func names(_ query: String, _ c: Value) throws -> [String] {
        try Self.graph.query(query, parameters: ["c": c]).rows.map { $0[0].render(Self.graph) }
    }

    func plan(_ query: String) throws -> String {
        try #require(try Self.graph.query("EXPLAIN " + query, parameters: ["c": .int(1)]).plan)
    }

    @Test func fusedRowsEqualGenericRowsForEveryKindAndOperator() throws {
        var checked = 0
        for op in Self.operators {
            let fused = "MATCH (n:P) WHERE n.v \(op) $c RETURN n.name ORDER BY n.name"
            let mirrored = "MATCH (n:P) WHERE $c \(Self.mirror(op)) n.v RETURN n.name ORDER BY n.name"
            let generic = "MATCH (n:P) WHERE [n.v][0] \(op) $c RETURN n.name ORDER BY n.name"
            #expect(try plan(fused).contains("(packed)"))
            #expect(try plan(mirrored).contains("(packed)"))
            #expect(try !plan(generic).contains("(packed)"))
            for c in Self.constants {
                let expected = try names(generic, c)
                #expect(try names(fused, c) == expected, "n.v \(op) \(c)")
                #expect(try names(mirrored, c) == expected, "\(c) \(Self.mirror(op)) n.v")
                checked += 1
            }
        }
        #expect(checked == Self.operators.count * Self.constants.count)
    }

    @Test func edgeCasesKeepTheirOpenCypherMeaning() throws {
        func rows(_ op: String, _ c: Value) throws -> Set<String> {
            Set(try names("MATCH (n:P) WHERE n.v \(op) $c RETURN n.name", c))
        }
        let index = { (v: PropertyValue) in "'p\(Self.values.firstIndex(of: v)!)'" }
        // Integers and floats compare numerically: 2020 = 2020.0 both ways.
        #expect(try rows("=", .int(2020)) == [index(.int(2020)), index(.float(2020.0))])
        #expect(try rows("=", .float(2020.0)) == [index(.int(2020)), index(.float(2020.0))])
        // 2^53 + 1 is not equal to the float 2^53, though it converts to it.
        #expect(try rows(">", .float(9_007_199_254_740_992.0)) == [index(.int(Int64.max)), index(.int(9_007_199_254_740_993)), index(.float(.infinity))])
        // NaN: no ordering holds, `=` is false, `<>` true for every number (and other kinds).
        #expect(try rows(">=", .float(.nan)).isEmpty)
        #expect(try rows("=", .float(.nan)).isEmpty)
        #expect(try rows("<>", .float(.nan)).contains(index(.int(2020))))
        #expect(try !rows("<", .int(3_000)).contains("'p11'")) // the stored NaN
        // A missing property is null: never kept, not even by `<>`.
        #expect(try !rows("<>", .int(1)).contains("'none'"))
        // Different kinds: unordered (null), unequal.
        #expect(try rows("<", .string("2021")) == Set(Self.values.indices.filter {
            if case .string(let s) = Self.values[$0] { return !s.hasPrefix("\u{E000}") && TextOrder.compare(s, "2021") < 0 }
            return false
        }.map { "'p\($0)'" }))
        #expect(try rows("<>", .string("2020")).contains(index(.int(2020))))
        // Strings by UTF-8 bytes: Cyrillic after Latin, "e" + U+0301 before "é" (0x65 < 0xC3).
        #expect(try rows(">", .string("Ж")) == [index(.string("Эверолимус")), index(.string("Я"))])
        // (Indices, not `firstIndex(of:)`: Swift's `String ==` calls these two equal.)
        #expect(try rows("<", .string("é")).contains("'p20'"))
        #expect(try !rows("<", .string("é")).contains("'p19'"))
        // Dates by day, whatever the stored precision; the encoded date string reads as a date.
        #expect(try rows("=", .temporal(.date(epochDay: 18262))) == ["'p28'", "'p30'"])
        #expect(try rows("=", .temporal(.date(epochDay: 18272))) == [index(.string("\u{E000}d18272"))])
    }

    @Test func literalsFuseAndOtherShapesDoNot() throws {
        #expect(try plan("MATCH (n:P) WHERE n.v >= 2020 RETURN n").contains("NodeByLabelScan (n:P) WHERE n.v >= 2020 (packed)"))
        #expect(try plan("MATCH (n) WHERE 'a' < n.v RETURN n").contains("AllNodesScan (n) WHERE 'a' < n.v (packed)"))
        // Not a constant, a list constant, null, an unknown key: the generic Filter.
        for q in ["MATCH (n:P) WHERE n.v > n.name RETURN n", "MATCH (n:P) WHERE n.v = [2020] RETURN n",
                  "MATCH (n:P) WHERE n.v = null RETURN n", "MATCH (n:P) WHERE n.missing = 1 RETURN n"] {
            let p = try plan(q)
            #expect(!p.contains("(packed)") && p.contains("Filter"), "\(q)")
        }
        // The scanned label still applies: the Q node with v = 2020 is not a P.
        #expect(try names("MATCH (n:P) WHERE n.v = 2020 RETURN n.name ORDER BY n.name", .null) ==
            ["'p1'", "'p7'"])
    }

    @Test func profileCountsOnlyTheKeptRowsOfTheScan() throws {
        let result = try Self.graph.query("PROFILE MATCH (n:P) WHERE n.v > 2019 AND n.v < 2021 RETURN count(*)")
        let plan = try #require(result.plan)
        #expect(plan.contains("WHERE n.v > 2019 AND n.v < 2021 (packed)"))
        #expect(!plan.contains("Filter"))
        // 2020, 2020.0, 2019.5, 2020.5.
        #expect(result.rows.map { $0[0] } == [.int(4)])
    }

    static func mirror(_ op: String) -> String {
        switch op {
        case "<": ">"
        case "<=": ">="
        case ">": "<"
        case ">=": "<="
        default: op
        }
    }
}
