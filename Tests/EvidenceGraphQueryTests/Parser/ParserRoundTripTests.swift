import Testing
@testable import EvidenceGraphQuery

/// Printing a parsed statement and parsing the print gives the same tree: checks the parser
/// and the debug printer against each other on every TCK query.
@Suite struct ParserRoundTripTests {
    @Test(.enabled(if: TCKCorpus.isAvailable, "TCK feature files not found (set EVG_TCK_DIR)"))
    func tckQueriesRoundTrip() throws {
        var checked = 0
        for q in TCKCorpus.queries(in: TCKCorpus.folders + TCKCorpus.updateFolders) {
            guard let statement = try? QueryParser.parse(q.query) else { continue }
            let printed = DebugPrinter.print(statement)
            let reparsed: Statement
            do {
                reparsed = try QueryParser.parse(printed)
            } catch {
                Issue.record("\(q.file) \(q.scenario): printed form does not parse: \(error)\n\(printed)")
                continue
            }
            #expect(reparsed.ignoringColumnText == statement.ignoringColumnText, "\(q.file) \(q.scenario)\n\(q.query)\n→ \(printed)")
            #expect(DebugPrinter.print(reparsed) == printed)
            checked += 1
        }
        #expect(checked > 3_000)
    }

    @Test func spansDoNotAffectEquality() throws {
        let a = try QueryParser.parse("MATCH (n) RETURN n.x")
        let b = try QueryParser.parse("MATCH   (n)\n\n   RETURN   n.x")
        #expect(a == b)
        #expect(try QueryParser.parse("RETURN n.y") != QueryParser.parse("RETURN n.x"))
    }
}

extension Statement {
    /// The statement with every top-level projection item's source text cleared (the printed
    /// form parenthesizes, so the text of unaliased items legitimately differs).
    var ignoringColumnText: Statement {
        var copy = self
        copy.body.first = copy.body.first.ignoringColumnText
        for i in copy.body.unions.indices { copy.body.unions[i].query = copy.body.unions[i].query.ignoringColumnText }
        return copy
    }
}

extension SingleQuery {
    var ignoringColumnText: SingleQuery {
        var copy = self
        copy.clauses = clauses.map { clause in
            switch clause {
            case .with(var w):
                w.projection.items = w.projection.items.map { var item = $0; item.text = ""; return item }
                return .with(w)
            case .return(var r):
                r.projection.items = r.projection.items.map { var item = $0; item.text = ""; return item }
                return .return(r)
            default:
                return clause
            }
        }
        return copy
    }
}
