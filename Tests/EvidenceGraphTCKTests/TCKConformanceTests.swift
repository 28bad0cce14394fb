import Foundation
import Testing
@testable import EvidenceGraphTCK

/// Where the TCK and the committed lists are, seen from this test target.
enum TCKFixture {
    static let packageRoot = TCKLocation.packageRoot(fromFile: #filePath, depth: 2)
    /// `nil` when the TCK is absent (a user's machine): the tests below are then skipped.
    static let featuresDirectory = TCKLocation.featuresDirectory(packageRoot: packageRoot)
    static let absent = "the openCypher TCK was not found ($EVG_TCK_DIR or ../shared/tck/features); TCK tests skipped"

    static func unsupportedList() throws -> UnsupportedList {
        try UnsupportedList(text: String(contentsOfFile: TCKLocation.unsupportedListPath(packageRoot: packageRoot), encoding: .utf8))
    }

    static func passingList() throws -> PassingList {
        PassingList(text: try String(contentsOfFile: TCKLocation.passingListPath(packageRoot: packageRoot), encoding: .utf8))
    }
}

@Suite(.serialized) struct TCKConformanceTests {
    @Test func saysWhenTheTCKIsAbsent() {
        if TCKFixture.featuresDirectory == nil { print("evg-tck: " + TCKFixture.absent) }
    }

    /// Seconds a case may run before it counts as failed: a guard against runaway queries,
    /// not a speed check (a debug build on a loaded two-core machine runs the 46-KB
    /// `Create4 [2] Many CREATE clauses` in 2 s alone and over 10 s beside parallel builds).
    static let caseTimeout = 30.0

    /// Runs the whole TCK against the engine; fails if a case on the committed passing list
    /// (Tests/EvidenceGraphTCKTests/tck-passing.txt) no longer passes. Prints the pass table.
    @Test(.enabled(if: TCKFixture.featuresDirectory != nil, Comment(rawValue: TCKFixture.absent)))
    func passingListHolds() throws {
        let features = try #require(TCKFixture.featuresDirectory)
        let suite = try TCKSuite.load(featuresDirectory: features)
        let unsupported = try TCKFixture.unsupportedList()
        let jobs = ProcessInfo.processInfo.activeProcessorCount
        let run: TCKRunResult
        if let worker = TCKLocation.siblingEvgTCK() {   // crash-proof: cases run in evg-tck worker processes
            run = IsolatedRunner(executable: worker, featuresDirectory: features, unsupported: unsupported, workers: jobs,
                                 timeout: Self.caseTimeout)
                .run(suite.cases)
        } else {
            print("evg-tck executable not found beside the tests; running the TCK in this process")
            run = TCKRunner(
                scenarioRunner: ScenarioRunner(namedGraphs: NamedGraphs(graphsDirectory: TCKLocation.graphsDirectory(featuresDirectory: features)),
                                               timeout: Self.caseTimeout),
                unsupported: unsupported, parallelism: jobs
            ).run(suite.cases)
        }
        print("openCypher TCK (\(run.results.count) cases, \(FailureReport.format(run.seconds)) s):\n" + run.table.text)

        let passing = try TCKFixture.passingList()
        let regressions = passing.regressions(in: run.results)
        let byID = Dictionary(run.results.map { ($0.testCase.id, $0) }, uniquingKeysWith: { a, _ in a })
        let explained = regressions.prefix(30).map { id -> String in
            switch byID[id]?.outcome {
            case nil: return id + "\n    no longer in the TCK"
            case .skipped(let reason)?: return id + "\n    now skipped: " + reason
            case .failed(let failure)?: return id + "\n    " + failure.cause
            case .passed?: return id
            }
        }
        let holds = regressions.isEmpty
        #expect(holds, """
            \(regressions.count) TCK case(s) on the passing list no longer pass (run `swift run evg-tck --failures` for details):
            \(explained.joined(separator: "\n"))
            """)
    }

    /// Every step of every case that is not skipped is one the runner implements, and every
    /// expected-value, parameter and side-effects table in the TCK parses.
    @Test(.enabled(if: TCKFixture.featuresDirectory != nil, Comment(rawValue: TCKFixture.absent)))
    func runnerUnderstandsEveryStepAndTable() throws {
        let suite = try TCKSuite.load(featuresDirectory: try #require(TCKFixture.featuresDirectory))
        let unsupported = try TCKFixture.unsupportedList()
        #expect(suite.features.count > 200)
        var problems: [String] = []
        var tables = 0
        for testCase in suite.cases {
            let skipped = unsupported.entry(skipping: testCase) != nil
            for step in testCase.steps {
                switch TCKStep(step) {
                case .expectResult(let table, let ordered, let listsUnordered):
                    tables += 1
                    do { _ = try ExpectedResult(table: table, ordered: ordered, listsUnordered: listsUnordered) } catch {
                        problems.append("\(testCase.id) line \(step.line): \(error)")
                    }
                case .parameters(let table):
                    tables += 1
                    if case .failure(let failure) = ScenarioRunner.parameters(table) {
                        problems.append("\(testCase.id) line \(step.line): \(failure.detail)")
                    }
                case .sideEffects(let table):
                    if SideEffects(table: table) == nil { problems.append("\(testCase.id) line \(step.line): side effects \(table)") }
                case .unsupported(let text) where !skipped:
                    problems.append("\(testCase.id) line \(step.line): unsupported step '\(text)'")
                default:
                    break
                }
            }
        }
        #expect(tables > 1000)
        let understood = problems.isEmpty
        #expect(understood, "\(problems.count) problems:\n\(problems.prefix(20).joined(separator: "\n"))")
    }

    @Test(.enabled(if: TCKFixture.featuresDirectory != nil, Comment(rawValue: TCKFixture.absent)))
    func unsupportedListEntriesAllMatchSomething() throws {
        let suite = try TCKSuite.load(featuresDirectory: try #require(TCKFixture.featuresDirectory))
        let unused = try TCKFixture.unsupportedList().unusedEntries(in: suite.cases)
        #expect(unused.isEmpty, "stale lines in tck-unsupported.txt: \(unused.map(\.pattern))")
    }
}
