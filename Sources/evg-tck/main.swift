// evg-tck: runs the openCypher TCK against the query engine and prints passed / failed /
// skipped per folder.
//
//   swift run evg-tck                       # the pass table, and regressions against the passing list
//   swift run evg-tck --update-passing      # also rewrite Tests/EvidenceGraphTCKTests/tck-passing.txt
//   swift run evg-tck --report FILE         # also write a Markdown report of failures grouped by cause
//   swift run evg-tck --failures --filter clauses/match   # print every failing case of a folder
//
// Cases run in child processes of this executable (`--worker`), so an engine crash or hang
// fails one case, not the run; `--in-process` runs them in this process instead.
import EvidenceGraphTCK
import Foundation

struct Options {
    var updatePassing = false
    var reportPath: String?
    var printFailures = false
    var filter: String?
    var jobs = ProcessInfo.processInfo.activeProcessorCount
    var timeout = 5.0
    var tckDirectory: String?
    var checkRegressions = false
    var inProcess = false
    var worker = false
    var notes: [String] = []
}

let usage = """
usage: evg-tck [--update-passing] [--report FILE [--note TEXT]…] [--failures] [--filter ID-PREFIX]
               [--jobs N] [--timeout SECONDS] [--tck FEATURES-DIR] [--check] [--in-process]

Runs the openCypher TCK (default ../shared/tck/features, or $EVG_TCK_DIR) and prints the
pass table per folder. --check exits 1 when a case on the passing list no longer passes.
"""

func parseOptions(_ arguments: [String]) -> Options {
    var options = Options()
    var rest = arguments[...]
    func value(_ flag: String) -> String {
        guard let v = rest.popFirst() else { fail("\(flag) needs a value") }
        return v
    }
    while let arg = rest.popFirst() {
        switch arg {
        case "--update-passing": options.updatePassing = true
        case "--report": options.reportPath = value(arg)
        case "--failures": options.printFailures = true
        case "--filter": options.filter = value(arg)
        case "--jobs": options.jobs = Int(value(arg)) ?? options.jobs
        case "--timeout": options.timeout = Double(value(arg)) ?? options.timeout
        case "--tck": options.tckDirectory = value(arg)
        case "--check": options.checkRegressions = true
        case "--in-process": options.inProcess = true
        case "--worker": options.worker = true
        case "--note": options.notes.append(value(arg))
        case "-h", "--help": print(usage); exit(0)
        default: fail("unknown argument \(arg)\n\(usage)")
        }
    }
    if options.updatePassing && options.filter != nil { fail("--update-passing needs the whole TCK: drop --filter") }
    return options
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data(("evg-tck: " + message + "\n").utf8))
    exit(2)
}

let options = parseOptions(Array(CommandLine.arguments.dropFirst()))
let root = TCKLocation.packageRoot(fromFile: #filePath, depth: 2)
guard let features = options.tckDirectory ?? TCKLocation.featuresDirectory(packageRoot: root) else {
    print("evg-tck: the openCypher TCK was not found (looked at $\(TCKLocation.environmentVariable) and ../shared/tck/features); nothing to run.")
    exit(0)
}

if options.worker {
    Worker.run(featuresDirectory: features, timeout: options.timeout, hardLimit: options.timeout * 6)
    exit(0)
}

let suite: TCKSuite
let unsupported: UnsupportedList
do {
    suite = try TCKSuite.load(featuresDirectory: features)
    let listText = try String(contentsOfFile: TCKLocation.unsupportedListPath(packageRoot: root), encoding: .utf8)
    unsupported = try UnsupportedList(text: listText)
} catch {
    fail("\(error)")
}
let passingPath = TCKLocation.passingListPath(packageRoot: root)
let passing = PassingList(text: (try? String(contentsOfFile: passingPath, encoding: .utf8)) ?? "")

let cases = suite.cases.filter { options.filter.map($0.id.hasPrefix) ?? true }
let run: TCKRunResult
if options.inProcess {
    let runner = TCKRunner(
        scenarioRunner: ScenarioRunner(namedGraphs: NamedGraphs(graphsDirectory: TCKLocation.graphsDirectory(featuresDirectory: features)),
                                       timeout: options.timeout),
        unsupported: unsupported, parallelism: options.jobs)
    run = runner.run(cases)
} else {
    let runner = IsolatedRunner(executable: TCKLocation.currentExecutable(), featuresDirectory: features,
                                unsupported: unsupported, workers: options.jobs, timeout: options.timeout)
    run = runner.run(cases)
}

if options.printFailures {
    for result in run.results {
        guard case .failed(let failure) = result.outcome else { continue }
        print("FAIL \(result.testCase.id)\n  \(failure.cause)\n" + failure.detail.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
    }
    print("")
}
print(run.table.text)
print("\n\(run.results.count) cases from \(suite.features.count) feature files in \(String(format: "%.1f", run.seconds)) s (\(options.jobs) jobs)")
for entry in unsupported.unusedEntries(in: suite.cases) {
    print("note: unsupported-list line \(entry.line) '\(entry.pattern)' matches no case")
}

let checked = options.filter.map { prefix in passing.ids.filter { $0.hasPrefix(prefix) } } ?? passing.ids
let regressions = PassingList(ids: checked).regressions(in: run.results)
let newlyPassing = run.results.filter { $0.outcome.isPassed && !passing.ids.contains($0.testCase.id) }.count
if !regressions.isEmpty {
    print("\n\(regressions.count) case(s) on the passing list no longer pass:")
    for id in regressions.prefix(50) { print("  " + id) }
}
if newlyPassing > 0 { print("\(newlyPassing) passing case(s) are not on the passing list yet (--update-passing adds them)") }

if let reportPath = options.reportPath {
    let report = FailureReport(run).markdown(
        title: "openCypher TCK report",
        notes: ["Generated by `swift run evg-tck --report` on \(Date()) from \(root)."] + options.notes)
    do { try report.write(toFile: reportPath, atomically: true, encoding: .utf8) } catch { fail("\(error)") }
    print("wrote \(reportPath)")
}
if options.updatePassing {
    let ids = Set(run.results.filter(\.outcome.isPassed).map(\.testCase.id))
    do { try PassingList(ids: ids).text.write(toFile: passingPath, atomically: true, encoding: .utf8) } catch { fail("\(error)") }
    print("wrote \(ids.count) ids to \(passingPath)")
    if !regressions.isEmpty {
        print("warning: \(regressions.count) id(s) that no longer pass were dropped from the list (listed above): that is a regression, not an update")
    }
}
if options.checkRegressions && !regressions.isEmpty { exit(1) }
