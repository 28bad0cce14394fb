import Foundation
import Testing
@testable import EvidenceGraphQuery

/// Parses (and analyzes) every query of the in-scope TCK features and reports how many are
/// accepted, and how many expected compile-time errors come out with the expected code.
@Suite struct ParserTCKSmokeTests {
    struct Tally {
        var accepted = 0, total = 0
        var errorsMatched = 0, errorsTotal = 0
        var failures: [String] = []
    }

    static func run(_ folders: [String] = TCKCorpus.folders) -> Tally {
        var tally = Tally()
        for q in TCKCorpus.queries(in: folders) {
            var outcome: QueryError?
            do {
                _ = try SemanticAnalyzer.analyze(try QueryParser.parse(q.query))
            } catch {
                outcome = error
            }
            if let expected = q.expectedCompileError {
                tally.errorsTotal += 1
                if outcome?.detail == expected, outcome?.errorClass == q.expectedErrorClass {
                    tally.errorsMatched += 1
                } else {
                    tally.failures.append("\(q.file) \(q.scenario): expected \(q.expectedErrorClass ?? "?") \(expected), got \(outcome.map { "\($0.detail) \($0)" } ?? "success")\n\(q.query)")
                }
            } else {
                tally.total += 1
                if let outcome, outcome.phase == .compileTime {
                    tally.failures.append("\(q.file) \(q.scenario): \(outcome)\n\(q.query)")
                } else {
                    tally.accepted += 1
                }
            }
        }
        return tally
    }

    @Test(.enabled(if: TCKCorpus.isAvailable, "TCK feature files not found (set EVG_TCK_DIR)"))
    func tckQueriesParse() throws {
        let tally = Self.run()
        let report = """
            TCK front-end smoke: accepted \(tally.accepted)/\(tally.total) valid queries; \
            expected compile-time errors matched \(tally.errorsMatched)/\(tally.errorsTotal)
            """
        print(report)
        if let path = ProcessInfo.processInfo.environment["EVG_PARSER_TCK_FAILURES"] {
            try (report + "\n\n" + tally.failures.joined(separator: "\n\n")).write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(tally.total > 500)
        #expect(tally.accepted == tally.total, "\(report)")
        #expect(tally.errorsMatched == tally.errorsTotal, "\(report)")
    }

    @Test(.enabled(if: TCKCorpus.isAvailable, "TCK feature files not found (set EVG_TCK_DIR)"))
    func tckUpdateClauseQueriesParse() throws {
        let tally = Self.run(TCKCorpus.updateFolders)
        print("TCK front-end smoke (DELETE/MERGE/SET/REMOVE): accepted \(tally.accepted)/\(tally.total) valid queries; "
              + "expected compile-time errors matched \(tally.errorsMatched)/\(tally.errorsTotal)")
        if let path = ProcessInfo.processInfo.environment["EVG_PARSER_TCK_UPDATE_FAILURES"] {
            try tally.failures.joined(separator: "\n\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(Double(tally.accepted) >= 0.95 * Double(tally.total))
    }
}
