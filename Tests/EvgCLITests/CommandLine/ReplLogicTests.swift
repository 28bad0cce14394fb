import EvidenceGraph
import Testing
@testable import evg

/// The REPL's input splitting and completion, without a terminal.
@Suite struct ReplLogicTests {
    @Test func splitterRespectsStringsCommentsAndCommands() {
        let text = ":param x=1\nRETURN ';' AS a; // ; not here\nRETURN `;` /* ; */ AS b;\nMATCH (n)"
        let (items, rest) = StatementSplitter.split(text)
        #expect(items == [.command(":param x=1"), .statement("RETURN ';' AS a"), .statement("// ; not here\nRETURN `;` /* ; */ AS b")])
        #expect(rest == "\nMATCH (n)")
        #expect(StatementSplitter.split(text, atEnd: true).items.last == .statement("MATCH (n)"))
        #expect(StatementSplitter.split("RETURN 1 AS x; :schema\n").items == [.statement("RETURN 1 AS x"), .command(":schema")])
        #expect(StatementSplitter.split("RETURN 'it''s;").items.isEmpty)   // an unclosed string keeps reading
    }

    func completer() throws -> QueryCompleter {
        let loaded = try GraphLoader().load([CLIRunner.repositoryRoot.appendingPathComponent("Graph").path])
        return QueryCompleter(summary: SchemaSummary(loaded.graph), commands: ReplLoop.commands, parameters: ["drug"])
    }

    @Test func completionFollowsThePattern() throws {
        let c = try completer()
        #expect(c.complete("MAT").candidates == ["MATCH"])
        #expect(c.complete("MATCH (d:Dru").candidates == ["Drug", "DrugClass"])
        #expect(c.complete("MATCH ()-[:TARG").candidates == ["TARGETS"])
        #expect(c.complete("MATCH ()-[:TARGETS|IN_CL").candidates == ["IN_CLASS"])
        #expect(c.complete("MATCH (d:Drug) WHERE d.bra").candidates == ["brandNames", "brandNames_ru"])
        #expect(c.complete("MATCH (t:Target) WHERE t.bra").candidates.isEmpty)   // Target has no brand names
        #expect(c.complete("MATCH (d:Drug {mech").candidates == ["mechanism"])
        #expect(c.complete("RETURN toLo").candidates == ["toLower("])
        #expect(c.complete("RETURN $dr").candidates == ["drug"])
        #expect(c.complete(":sch").candidates == ["schema"])
        #expect(c.complete("MATCH (d:Drug)\nWHERE d:Dr").candidates.contains("DrugClass"))
    }

    @Test func vocabularyFindsTheNamesAQueryUses() throws {
        let names = try #require(QueryVocabulary.schemaNames(in: "MATCH (a:A:B {k1: 1})-[r:T|:U {k2: 2}]->(b) WHERE b:C AND a.k3 > 0 RETURN {m: 1} AS map"))
        #expect(names.labels == ["A", "B", "C"])
        #expect(names.relationshipTypes == ["T", "U"])
        #expect(names.propertyKeys == ["k1", "k2", "k3"])
        #expect(!names.writes)
        #expect(QueryVocabulary.schemaNames(in: "CREATE (n:New)")?.writes == true)
    }
}
