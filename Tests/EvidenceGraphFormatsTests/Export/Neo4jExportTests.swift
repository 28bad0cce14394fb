import EvidenceGraphCore
import EvidenceGraphFormats
import Foundation
import Testing

/// The neo4j-admin CSV export: one file per label set and per type, typed headers, the
/// widening rule, RFC 4180 quoting, arrays with `;`, and the import command.
@Suite struct Neo4jExportTests {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("neo4j-\(UUID().uuidString)").path

    func read(_ file: String) throws -> [[String]] {
        let text = try String(contentsOfFile: dir + "/" + file, encoding: .utf8)
        return try #require(CSVReading.rows(text), "\(file) is not RFC 4180 CSV")
    }

    @Test func writesOneFilePerLabelSetAndType() throws {
        let summary = try Neo4jExport(graph: TrickyGraph.make()).write(to: dir)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(summary.nodeFiles == 4 && summary.relationshipFiles == 2)
        let nodes = try FileManager.default.contentsOfDirectory(atPath: dir + "/nodes").sorted()
        #expect(nodes == ["Drug.csv", "Drug__Inhibitor.csv", "Target.csv", "_unlabelled.csv"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/rels").sorted() == ["SEE_ALSO.csv", "TARGETS.csv"])
    }

    @Test func headersAreTypedAndMixedColumnsWidenToString() throws {
        let summary = try Neo4jExport(graph: TrickyGraph.make()).write(to: dir)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // Drug: `tags` is a list on d1 but holds the array delimiter on d3, so it is text;
        // `scores` mixes integers and floats, so it is a double array.
        #expect(try read("nodes/Drug.csv")[0] == ["id:ID", ":LABEL", "name:string", "approved:boolean", "year:long", "dose:double", "tags:string", "code:long", "scores:double[]"])
        #expect(try read("nodes/Drug__Inhibitor.csv")[0] == ["id:ID", ":LABEL", "name:string", "approved:boolean", "year:long", "dose:long", "tags:string[]", "code:string", "empty:string"])
        #expect(try read("nodes/_unlabelled.csv")[0] == ["id:ID", ":LABEL", "weights:double[]"])
        #expect(try read("rels/TARGETS.csv")[0] == [":START_ID", ":END_ID", ":TYPE", "affinity:double", "note:string"])
        #expect(try read("rels/SEE_ALSO.csv")[0] == [":START_ID", ":END_ID", ":TYPE", "flags:boolean[]"])
        #expect(summary.warnings == [":Drug.tags: mixed or CSV-unsafe values, exported as STRING text"])
    }

    @Test func cellsQuoteCommasQuotesAndLineBreaks() throws {
        let summary = try Neo4jExport(graph: TrickyGraph.make()).write(to: dir)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let drugs = try read("nodes/Drug.csv")
        #expect(drugs.count == 3 && drugs.allSatisfy { $0.count == 9 })
        #expect(drugs[1] == ["d1", "Drug", "Alpha, \"the first\"", "true", "2009", "2.5", "[\"x\", \"y z\"]", "7", ""])
        #expect(drugs[2] == ["d3", "Drug", "Gamma", "", "", "", "[\"p;q\"]", "", "1;2.5"])
        let inhibitor = try read("nodes/Drug__Inhibitor.csv")
        #expect(inhibitor[1] == ["d2", "Drug;Inhibitor", TrickyGraph.note, "false", "2019", "3", "", "L01", ""])
        // An empty string is `""` (kept by neo4j-admin), an absent value or empty list an empty cell.
        let raw = try String(contentsOfFile: dir + "/nodes/Drug__Inhibitor.csv", encoding: .utf8)
        #expect(raw.hasSuffix(",3,,L01,\"\"\n"))
        #expect(try read("nodes/_unlabelled.csv")[1] == ["u1", "", "0.5;1e-05"])
        let targets = try read("rels/TARGETS.csv")
        #expect(targets.dropFirst().map { $0 } == [["d1", "t1", "TARGETS", "0.9", TrickyGraph.note], ["d2", "t1", "TARGETS", "1", ""], ["d3", "t1", "TARGETS", "", ""]])
        #expect(try read("rels/SEE_ALSO.csv")[2] == ["u1", "u1", "SEE_ALSO", "true;false"])
        #expect(summary.multilineFields)
    }

    @Test func importScriptHoldsTheFullCommand() throws {
        let summary = try Neo4jExport(graph: TrickyGraph.make()).write(to: dir)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let script = try String(contentsOfFile: dir + "/import.sh", encoding: .utf8)
        #expect(script.contains(summary.command))
        #expect(summary.command.hasPrefix("neo4j-admin database import full"))
        for part in ["--array-delimiter=';'", "--multiline-fields=true", "--nodes=nodes/Drug.csv", "--nodes=nodes/Drug__Inhibitor.csv",
                     "--nodes=nodes/_unlabelled.csv", "--relationships=rels/TARGETS.csv", "\"${1:-neo4j}\""] {
            #expect(summary.command.contains(part), "missing \(part)")
        }
        // Without line breaks in any field the command leaves multiline parsing off (it is slower).
        let plain = try Neo4jExport(graph: SmallGraph.make()).write(to: dir + "-plain")
        defer { try? FileManager.default.removeItem(atPath: dir + "-plain") }
        #expect(!plain.multilineFields && !plain.command.contains("multiline"))
    }

    @Test func aKeyWithAColonIsAnError() throws {
        var b = GraphBuilder()
        _ = try b.addNode(id: "a", labels: ["Thing"], properties: ["ns:key": .int(1)])
        #expect(throws: ExportError.self) { try Neo4jExport(graph: b.freeze()).write(to: dir) }
        try? FileManager.default.removeItem(atPath: dir)
    }
}
