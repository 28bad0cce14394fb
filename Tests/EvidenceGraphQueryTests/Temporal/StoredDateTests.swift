import EvidenceGraphCore
import Testing
@testable import EvidenceGraphQuery

/// Dates stored in the graph (loaded from the evidence XML, or written by `CREATE`) are
/// openCypher dates in queries: comparable with `date(…)`, with fields, durations between
/// them, index seeks, grouping and ordering.
@Suite struct StoredDateTests {
    static let graph: Graph = {
        var b = GraphBuilder()
        for (id, text) in [("a", "2021"), ("b", "2024-07-03"), ("c", "2024-07"), ("d", "2021-01-01")] {
            _ = try! b.addNode(id: id, labels: ["Guideline"], properties: ["id": .string(id), "date": .date(CalendarDate(iso: text)!)])
        }
        return b.freeze()
    }()

    func rows(_ query: String, _ graph: Graph = StoredDateTests.graph) throws -> [String] {
        let result = try graph.query(query)
        return result.rows.map { $0.map { $0.render(result.graph) }.joined(separator: " | ") }
    }

    @Test func comparesOrdersAndReadsFields() throws {
        #expect(try rows("MATCH (g:Guideline) WHERE g.date >= date('2024-01-01') RETURN g.id ORDER BY g.date, g.id") == ["'c'", "'b'"])
        #expect(try rows("MATCH (g:Guideline {id: 'b'}) RETURN g.date.year, g.date.month, g.date.day, g.date.dayOfWeek") == ["2024 | 7 | 3 | 3"])
        #expect(try rows("MATCH (g:Guideline {id: 'c'}) RETURN g.date, toString(g.date)") == ["'2024-07-01' | '2024-07-01'"], "a month stands for its first day")
    }

    @Test func seeksGroupsAndMeasures() throws {
        #expect(try rows("MATCH (g:Guideline {date: date('2021-01-01')}) RETURN g.id ORDER BY g.id") == ["'a'", "'d'"], "a year equals its first day")
        #expect(try rows("MATCH (g:Guideline) RETURN g.date.year AS y, count(*) AS n ORDER BY y") == ["2021 | 2", "2024 | 2"])
        #expect(try rows("MATCH (g:Guideline) RETURN count(DISTINCT g.date) AS n") == ["3"])
        #expect(try rows("MATCH (a:Guideline {id: 'a'}), (b:Guideline {id: 'b'}) RETURN duration.inMonths(a.date, b.date)") == ["'P3Y6M'"])
    }

    @Test func createStoresADateThatReadsBackAsOne() throws {
        let written = try Graph().query("CREATE (:T {d: date('2019-05-17'), far: date('+20000-01-01')})").graph
        let n = NodeIndex(0)
        #expect(written.property("d", of: n) == .date(CalendarDate(iso: "2019-05-17")!))
        #expect(written.property("far", of: n)?.dateValue == nil, "a year beyond 9999 keeps the temporal encoding")
        #expect(try rows("MATCH (t:T) RETURN t.d + duration('P1M'), t.far", written) == ["'2019-06-17' | '+20000-01-01'"])
    }
}
