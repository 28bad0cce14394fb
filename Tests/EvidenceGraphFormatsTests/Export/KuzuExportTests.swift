import EvidenceGraphCore
import EvidenceGraphFormats
import Foundation
import Testing

/// The Kùzu export as a library call: tables per primary label and relationship type, typed
/// columns, list cells, and the load script.
@Suite struct KuzuExportTests {
    func export(_ graph: Graph) throws -> (summary: KuzuExport.Summary, dir: String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kuzu-\(UUID().uuidString)").path
        return (try KuzuExport(graph: graph).write(to: dir), dir)
    }

    @Test func writesTablesFilesAndScript() throws {
        let (summary, dir) = try export(SmallGraph.make())
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(summary.nodeTables == 2 && summary.relTables == 1 && summary.files == 4 && summary.warnings.isEmpty)
        let schema = try String(contentsOfFile: dir + "/schema.cypher", encoding: .utf8)
        #expect(schema.contains("CREATE NODE TABLE `Drug`(`id` STRING PRIMARY KEY, `labels` STRING, `name` STRING, `approved` INT64, `aliases` STRING[]);"))
        #expect(schema.contains("CREATE REL TABLE `TARGETS`(FROM `Drug` TO `Target`, `affinity` DOUBLE);"))
        #expect(schema.contains("COPY `TARGETS` FROM 'rels/TARGETS__Drug__Target.csv' (header=true, from='Drug', to='Target');"))
        let drugs = try String(contentsOfFile: dir + "/nodes/Drug.csv", encoding: .utf8)
        #expect(drugs == "id,labels,name,approved,aliases\neverolimus,:Drug,Everolimus,2009,\nalpelisib,:Drug:Inhibitor,Alpelisib,,\"[BYL719,Piqray]\"\n")
        let targets = try String(contentsOfFile: dir + "/rels/TARGETS__Drug__Target.csv", encoding: .utf8)
        #expect(targets == "from,to,affinity\neverolimus,mtor,0.9\nalpelisib,mtor,\n")
    }

    @Test func mixedValuesBecomeTextWithAWarning() throws {
        var b = GraphBuilder()
        _ = try b.addNode(id: "a", labels: ["Thing"], properties: ["size": .int(1)])
        _ = try b.addNode(id: "b", labels: ["Thing"], properties: ["size": .string("large")])
        let (summary, dir) = try export(b.freeze())
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(summary.warnings == ["Thing.size: mixed or CSV-unsafe values, exported as STRING text"])
        #expect(try String(contentsOfFile: dir + "/nodes/Thing.csv", encoding: .utf8) == "id,labels,size\na,:Thing,1\nb,:Thing,large\n")
    }

    @Test func aFileInPlaceOfTheFolderIsAnError() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kuzu-file-\(UUID().uuidString)").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: ExportError.self) { try KuzuExport(graph: SmallGraph.make()).write(to: path) }
    }
}
