import ArgumentParser
import EvidenceGraph
import Foundation

/// `evg bench-query`: load once, run each query of a folder warm several times in-process,
/// report per-query median and minimum times, row counts and result digests.
struct BenchQueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-query",
        abstract: "Time each query of a folder in-process (median/min of warm runs) with a result digest.",
        discussion: """
            Runs every NAME.cypher in --queries (not a peer dialect's NAME.DIALECT.cypher) once to warm up, then \
            --runs times; times cover parse, plan, execution and materialising the rows, not \
            process start or load. The digest (see Benchmarks/README.md) ignores row order \
            unless the final RETURN has ORDER BY, so Kùzu's results can be checked equal.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @OptionGroup var graphOptions: GraphOptions

    @Option(help: "Folder of NAME.cypher query files.")
    var queries: String

    @Option(help: "Timed runs per query (after one warm-up run).")
    var runs: Int = 5

    @Option(help: "Output format: table or json.")
    var format: Format = .table

    @Option(help: "Stop a query run after this many seconds.")
    var timeout: Double?

    struct Measurement {
        var name: String
        var rows = 0
        var digest = ""
        var times: [Double] = []
        var error: String?

        var median: Double {
            let s = times.sorted()
            guard !s.isEmpty else { return .nan }
            return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
        }
        var minimum: Double { times.min() ?? .nan }
    }

    func validate() throws {
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
        if let timeout, !(timeout > 0 && timeout <= QueryOptions.maximumTimeout) {
            throw ValidationError("--timeout must be a number of seconds greater than 0 and at most \(Int(QueryOptions.maximumTimeout)), got \(timeout)")
        }
    }

    func run() throws {
        let files: [String]
        do {
            files = try FileManager.default.contentsOfDirectory(atPath: queries)
                .filter { $0.hasSuffix(".cypher") && !$0.dropLast(".cypher".count).contains(".") }.sorted()
        } catch {
            printError("evg: cannot read query folder \(queries)")
            throw EvgExit.loadFailure
        }
        guard !files.isEmpty else {
            printError("evg: no .cypher files in \(queries)")
            throw EvgExit.loadFailure
        }
        let loaded = try GraphLoading.loadOrExit(graphOptions.graph, validatesSchema: !graphOptions.noSchema)
        var results: [Measurement] = []
        for file in files {
            let name = String(file.dropLast(".cypher".count))
            var m = Measurement(name: name)
            guard let text = readTextFile(queries + "/" + file) else {
                m.error = "cannot read \(file)"
                results.append(m)
                continue
            }
            do {
                let options = QueryOptions(timeout: timeout)
                let first = try loaded.graph.query(text, options: options)
                m.rows = first.rows.count
                m.digest = ResultDigest.digest(first, ordered: ResultDigest.isOrdered(text))
                for _ in 0..<runs {
                    let start = monotonicSeconds()
                    _ = try loaded.graph.query(text, options: options)
                    m.times.append((monotonicSeconds() - start) * 1000)
                }
            } catch {
                m.error = QueryErrorDisplay.render(error, in: text)
            }
            results.append(m)
        }
        print(format == .json ? json(loaded, results).serialized(pretty: true) : table(loaded, results))
        if results.contains(where: { $0.error != nil }) { throw EvgExit.findings }
    }

    private func json(_ loaded: LoadedGraph, _ results: [Measurement]) -> JSONValue {
        .object([
            ("engine", .string("evg")),
            ("loadSeconds", .double(loaded.loadSeconds)),
            ("nodes", .int(Int64(loaded.graph.nodeCount))),
            ("relationships", .int(Int64(loaded.graph.relationshipCount))),
            ("runs", .int(Int64(runs))),
            ("queries", .array(results.map { m in
                var fields: [(String, JSONValue)] = [("name", .string(m.name))]
                if let e = m.error {
                    fields.append(("error", .string(e)))
                } else {
                    fields += [("rows", .int(Int64(m.rows))), ("digest", .string(m.digest)),
                               ("medianMs", .double(m.median)), ("minMs", .double(m.minimum)),
                               ("timesMs", .array(m.times.map { .double($0) }))]
                }
                return .object(fields)
            })),
        ])
    }

    private func table(_ loaded: LoadedGraph, _ results: [Measurement]) -> String {
        var lines = ["evg: \(loaded.graph.nodeCount) nodes, \(loaded.graph.relationshipCount) relationships, loaded in \(formatDuration(loaded.loadSeconds)); \(runs) warm runs per query"]
        let width = max(5, results.map(\.name.count).max() ?? 0)
        func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: max(0, n - s.count)) }
        func lpad(_ s: String, _ n: Int) -> String { String(repeating: " ", count: max(0, n - s.count)) + s }
        lines.append(pad("query", width) + "  " + lpad("median ms", 10) + "  " + lpad("min ms", 10) + "  " + lpad("rows", 9) + "  digest")
        for m in results {
            if let e = m.error {
                lines.append(pad(m.name, width) + "  error: " + e)
            } else {
                lines.append(pad(m.name, width) + "  " + lpad(String(format: "%.3f", m.median), 10) + "  "
                             + lpad(String(format: "%.3f", m.minimum), 10) + "  " + lpad(String(m.rows), 9) + "  " + m.digest)
            }
        }
        return lines.joined(separator: "\n")
    }
}
