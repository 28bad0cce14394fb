import Foundation
import Testing

/// `evg repl` at a terminal (a pseudo-terminal): completion, Ctrl-C, history.
@Suite struct InteractiveReplTests {
    func scratchHistory() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("evg-history-\(UUID().uuidString)").path
    }

    @Test func tabCompletesKeywordsLabelsKeysFunctionsAndCommands() throws {
        let repl = try PseudoTerminal(["repl", "--history", scratchHistory()])
        #expect(repl.waitFor("evg> ") != nil, "\(repl.transcript)")
        // Each Tab has exactly one candidate here; the query only runs if all of them were completed.
        repl.type("MATC\t(d:Dru\t{id: 'everolimus'}) RETURN toUpp\td.brandN\t[0]) AS brand, d.mech\tAS m;\r")
        #expect(repl.waitFor("1 row") != nil, "\(repl.transcript)")
        #expect(repl.transcript.contains("| brand"), "\(repl.transcript)")
        #expect(repl.transcript.contains("AFINITOR"), "\(repl.transcript)")
        repl.type(":sche\t\r")
        #expect(repl.waitFor("Patterns:") != nil, "\(repl.transcript)")
        // Several candidates: a second Tab lists them.
        repl.type("MATCH (x:Dr\t\t")
        #expect(repl.waitFor("DrugClass") != nil, "\(repl.transcript)")
        repl.type("\u{3}\u{4}")
        #expect(repl.finish() == 0)
    }

    @Test func ctrlCCancelsTheRunningQueryAndTheUnfinishedOne() throws {
        let repl = try PseudoTerminal(["repl", "--history", scratchHistory()])
        #expect(repl.waitFor("evg> ") != nil, "\(repl.transcript)")
        // At a continuation prompt, Ctrl-C drops what was typed.
        repl.type("MATCH (d:Drug)\r")
        #expect(repl.waitFor("...> ") != nil, "\(repl.transcript)")
        repl.type("\u{3}")
        #expect(repl.waitFor("evg> ") != nil, "\(repl.transcript)")
        // A query of 10^11 rows runs until Ctrl-C cancels it.
        repl.type("UNWIND range(1, 10000000) AS x UNWIND range(1, 10000) AS y RETURN count(*) AS n;\r")
        #expect(repl.waitFor("AS n;") != nil, "\(repl.transcript)")
        repl.type("\u{3}")
        #expect(repl.waitFor("Cancelled") != nil, "\(repl.transcript)")
        repl.type("RETURN 6 * 7 AS answer;\r")
        #expect(repl.waitFor("42") != nil, "\(repl.transcript)")
        repl.type("\u{4}")
        #expect(repl.finish() == 0)
    }

    @Test func historyRecallsMultiLineQueriesAcrossSessions() throws {
        let history = scratchHistory()
        let first = try PseudoTerminal(["repl", "--history", history])
        #expect(first.waitFor("evg> ") != nil)
        first.type("RETURN 6 *\r7 AS product;\r")
        #expect(first.waitFor("42") != nil, "\(first.transcript)")
        first.type(":quit\r")
        #expect(first.finish() == 0)
        let saved = try String(contentsOfFile: history, encoding: .utf8)
        #expect(saved.contains("product"), "\(saved)")

        let second = try PseudoTerminal(["repl", "--history", history])
        #expect(second.waitFor("evg> ") != nil)
        // ↑ recalls ':quit', ↑ again the two-line query, which runs whole.
        second.type("\u{1B}[A\u{1B}[A\r")
        #expect(second.waitFor("| product |") != nil, "\(second.transcript)")
        #expect(second.waitFor("42") != nil, "\(second.transcript)")
        // Ctrl-R searches the history.
        second.type("\u{12}6 \r")
        #expect(second.waitFor("| product |") != nil, "\(second.transcript)")
        second.type("\u{4}")
        #expect(second.finish() == 0)
    }
}
