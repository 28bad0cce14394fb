import EvidenceGraphCore
import EvidenceGraphFormats
import EvidenceGraphQuery
import EvidenceGraphXML
import Foundation
import Testing

/// Dates leave evg typed wherever the target has a date type (Kùzu `DATE`, neo4j-admin
/// `date`, openCypher `date(…)`) and as ISO text marked `evg.type="date"` in GraphML, which
/// evg reads back as dates at their precision.
@Suite struct DateExportTests {
    static func graph() -> Graph {
        var b = GraphBuilder()
        _ = try! b.addNode(id: "g1", labels: ["Guideline"], properties: ["date": .date(CalendarDate(iso: "2024-07-03")!)])
        _ = try! b.addNode(id: "g2", labels: ["Guideline"], properties: ["date": .date(CalendarDate(iso: "2021")!),
                                                                        "reviews": .list([.date(CalendarDate(iso: "2022-05")!)])])
        return b.freeze()
    }

    func temporary(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)").path
    }

    @Test func kuzuDeclaresADateColumnWithFullDays() throws {
        let dir = temporary("kuzu-dates")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = try KuzuExport(graph: Self.graph()).write(to: dir)
        let schema = try String(contentsOfFile: dir + "/schema.cypher", encoding: .utf8)
        #expect(schema.contains("`date` DATE") && schema.contains("`reviews` DATE[]"))
        let rows = try String(contentsOfFile: dir + "/nodes/Guideline.csv", encoding: .utf8)
        #expect(rows.contains("g1,:Guideline,2024-07-03,") && rows.contains("g2,:Guideline,2021-01-01,[2022-05-01]"))
    }

    @Test func neo4jTypesTheColumnDate() throws {
        let dir = temporary("neo4j-dates")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = try Neo4jExport(graph: Self.graph()).write(to: dir)
        let text = try String(contentsOfFile: dir + "/nodes/Guideline.csv", encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == "id:ID,:LABEL,date:date,reviews:date[]")
        #expect(lines.contains("g2,Guideline,2021-01-01,2022-05-01"))
    }

    @Test func theCypherScriptWritesDateCallsThatReplayAsDates() throws {
        let (script, _) = CypherExport(graph: Self.graph()).script()
        #expect(script.contains("date('2024-07-03')") && script.contains("date('2021-01-01')"))
        var replayed = Graph()
        for statement in CypherExport.statements(in: script) { replayed = try replayed.query(statement).graph }
        let g2 = try #require(replayed.nodes.map(NodeIndex.init).first { replayed.property("id", of: $0) == .string("g2") })
        #expect(replayed.property("date", of: g2) == .date(CalendarDate(iso: "2021-01-01")!))
    }

    @Test func graphMLKeepsDatesAndTheirPrecision() throws {
        let text = GraphMLWriter().string(Self.graph())
        #expect(text.contains("attr.name=\"date\" attr.type=\"string\" evg.type=\"date\""))
        #expect(text.contains("attr.name=\"reviews\" attr.type=\"string\" attr.list=\"string\" evg.type=\"date\""))
        let copy = try GraphLoader().load(string: text).graph
        let g2 = try #require(copy.node(withID: "g2"))
        #expect(copy.property("date", of: g2)?.dateValue?.description == "2021")
        #expect(copy.property("reviews", of: g2) == .list([.date(CalendarDate(iso: "2022-05")!)]))
    }

    @Test func graphMLWithoutTheMarkerReadsText() throws {
        let text = GraphMLWriter().string(Self.graph()).replacing(" evg.type=\"date\"", with: "")
        let copy = try GraphLoader().load(string: text).graph
        #expect(copy.node(withID: "g1").flatMap { copy.property("date", of: $0) } == .string("2024-07-03"))
    }

    @Test func aBadDateInAMarkedGraphMLKeyIsAnErrorAtItsData() throws {
        let text = GraphMLWriter().string(Self.graph()).replacing(">2024-07-03<", with: ">2024-02-30<")
        do {
            _ = try GraphLoader().load(string: text)
            Issue.record("loaded")
        } catch {
            #expect(error.diagnostics.map(\.rule) == [.graphml])
            #expect(error.diagnostics.first?.message.contains("'2024-02-30' of 'date' is not a valid date") == true)
        }
    }
}
