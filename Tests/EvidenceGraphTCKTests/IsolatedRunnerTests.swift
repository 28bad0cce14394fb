import Foundation
import Testing
@testable import EvidenceGraphTCK

/// The parent side of the isolated runner, driven by a shell script that speaks the worker
/// protocol and crashes or hangs on chosen cases.
@Suite struct IsolatedRunnerTests {
    func script(_ body: String) throws -> (path: String, cleanup: () -> Void) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("evg-tck-worker-\(UInt64.random(in: 0...UInt64.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("fake-worker").path
        try ("#!/bin/sh\n" + body).write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return (path, { try? FileManager.default.removeItem(at: dir) })
    }

    let cases = (0..<5).map { i in
        TCKCase(id: "f/F.feature: [\(i)] c", featurePath: "f/F.feature", folder: "f", name: "c", exampleIndex: nil,
                tags: i == 4 ? ["@ignore"] : [], steps: [], line: 1)
    }

    func run(_ body: String, workers: Int) throws -> [CaseOutcome] {
        let (path, cleanup) = try script(body)
        defer { cleanup() }
        let runner = IsolatedRunner(executable: path, featuresDirectory: "/unused",
                                    unsupported: try UnsupportedList(text: "@ignore | ignored"), workers: workers)
        return runner.run(cases).results.map(\.outcome)
    }

    static let crashOnOne = #"""
        i=0
        while read -r id; do
          echo "BEGIN $i"
          case "$id" in *"[1]"*) echo "Fatal error: Index out of range" >&2; kill -SEGV $$;; esac
          printf 'END %s\tpassed\t0.01\t\t\n' "$i"
          i=$((i+1))
        done
        """#

    @Test(arguments: [1, 2])
    func aCrashFailsOnlyTheCaseInProgress(workers: Int) throws {
        let outcomes = try run(Self.crashOnOne, workers: workers)
        #expect(outcomes[0] == .passed)
        guard case .failed(let failure) = outcomes[1] else { Issue.record("case 1 should fail"); return }
        #expect(failure.cause == "engine crashed: Fatal error: Index out of range")
        #expect(outcomes[2] == .passed)
        #expect(outcomes[3] == .passed)
        #expect(outcomes[4] == .skipped(reason: "ignored"), "skipped by the list, never sent to a worker")
    }

    @Test func aHangFailsTheCaseAndTheRestStillRuns() throws {
        let outcomes = try run(#"""
            i=0
            while read -r id; do
              echo "BEGIN $i"
              case "$id" in *"[2]"*) echo "HUNG $i"; exit 3;; esac
              printf 'END %s\tfailed\t0.01\twrong values\tdetail\\nline 2\n' "$i"
              i=$((i+1))
            done
            """#, workers: 1)
        #expect(outcomes[0] == .failed(TCKFailure(cause: "wrong values", detail: "detail\nline 2")))
        guard case .failed(let failure) = outcomes[2] else { Issue.record("case 2 should fail"); return }
        #expect(failure.cause.hasPrefix("hung"))
        #expect(outcomes[3] == .failed(TCKFailure(cause: "wrong values", detail: "detail\nline 2")))
    }

    @Test func aWorkerThatCannotStartFailsEveryCase() throws {
        let outcomes = try run("echo 'no such TCK' >&2; exit 2\n", workers: 1)
        for outcome in outcomes.prefix(4) {
            guard case .failed(let failure) = outcome else { Issue.record("should fail"); continue }
            #expect(failure.cause == "runner: the worker failed to start")
        }
    }

    @Test func protocolLinesRoundTrip() {
        let failure = CaseOutcome.failed(TCKFailure(cause: "a\tb", detail: "x\\y\nz"))
        let line = WorkerProtocol.end(7, failure, seconds: 0.5)
        #expect(WorkerProtocol.parse(line.dropLast()) == .end(7, failure, seconds: 0.5))
        #expect(WorkerProtocol.parse("BEGIN 3") == .begin(3))
        #expect(WorkerProtocol.parse("noise") == nil)
    }

    @Test func crashSummaryNamesTheMessageAndTheFirstEngineFrame() {
        let stderr = """
            Swift/ContiguousArrayBuffer.swift:705: Fatal error: Index out of range

            *** Signal 4: Backtracing from 0x7f137496df7f... done ***
              2 [ra]         0x00007f1374fc4967 specialized Array.subscript.modify + 150 in libswiftSwiftOnoneSupport.so
              3 [ra] [thunk] 0x000055bce17e7010 CSRAdjacency.init(nodeCount:typeCount:) + 2639 in evg-tck at /w/Sources/EvidenceGraphCore/AdjacencyEntry.swift
              4 [ra]         0x000055bce17fe255 GraphStorage.init(_:) + 6516 in evg-tck at /w/Sources/EvidenceGraphCore/GraphStorage.swift:86:20
             12 [ra]         0x000055bce19abef2 ScenarioRunner.runQuery(_:on:parameters:) + 801 in evg-tck at /w/Sources/EvidenceGraphTCK/Running/ScenarioRunner.swift:121:33
            """
        #expect(IsolatedRunner.crashSummary(stderr, fallback: "signal 4") ==
            "Fatal error: Index out of range in CSRAdjacency.init(…) (AdjacencyEntry.swift)")
        #expect(IsolatedRunner.crashSummary("nothing useful", fallback: "signal 4") == "signal 4")
        let detail = IsolatedRunner.crashDetail(stderr)
        #expect(detail.contains("GraphStorage.swift:86:20"))
        #expect(!detail.contains("ScenarioRunner"))
    }
}
