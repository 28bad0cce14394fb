import ArgumentParser
import EvidenceGraph

/// The budget every query run from the command line (and its `--param` values) runs under:
/// `--timeout`, `--max-rows` and `--max-memory`, each with a default and `0` for none.
/// See docs/reliability.md.
struct QueryLimitOptions: ParsableArguments {
    /// Default wall-clock budget, seconds.
    static let defaultTimeout: Double = 60
    /// Default maximum number of result rows.
    static let defaultMaxRows = 1_000_000
    /// Default memory budget, in MB (10^6 bytes) of intermediate state.
    static let defaultMaxMemoryMB: Double = 1000
    /// The largest `--max-memory` accepted, MB (1 PB; keeps the byte count in range).
    static let largestMaxMemoryMB: Double = 1e9

    @Option(help: ArgumentHelp("Stop a query after this many seconds (0 = no limit).", valueName: "seconds"))
    var timeout: Double = QueryLimitOptions.defaultTimeout

    @Option(name: .customLong("max-rows"), help: ArgumentHelp("Fail a query that returns more rows than this (0 = no limit).", valueName: "n"))
    var maxRows: Int = QueryLimitOptions.defaultMaxRows

    @Option(name: .customLong("max-memory"), help: ArgumentHelp("Fail a query that holds more than this many MB of rows, lists, sort and aggregation state (0 = no limit).", valueName: "MB"))
    var maxMemory: Double = QueryLimitOptions.defaultMaxMemoryMB

    func validate() throws {
        guard timeout.isFinite, timeout >= 0, timeout <= QueryOptions.maximumTimeout else {
            throw ValidationError("--timeout must be a number of seconds from 0 (no limit) to \(Int(QueryOptions.maximumTimeout)), got \(EchoText.truncated(String(timeout)))")
        }
        guard maxRows >= 0 else {
            throw ValidationError("--max-rows must be 0 (no limit) or a positive number of rows, got \(maxRows)")
        }
        guard maxMemory.isFinite, maxMemory >= 0, maxMemory <= Self.largestMaxMemoryMB else {
            throw ValidationError("--max-memory must be a number of MB from 0 (no limit) to \(Int(Self.largestMaxMemoryMB)), got \(EchoText.truncated(String(maxMemory)))")
        }
        guard maxMemory == 0 || maxMemory * 1e6 >= 1 else {
            throw ValidationError("--max-memory must be at least 1 byte (0.000001 MB) or 0 for no limit, got \(maxMemory)")
        }
    }

    /// The library options for these limits (`0` becomes "no limit").
    var queryOptions: QueryOptions {
        QueryOptions(timeout: timeout == 0 ? nil : timeout,
                     maxRows: maxRows == 0 ? nil : maxRows,
                     maxMemory: maxMemory == 0 ? nil : Int(maxMemory * 1e6))
    }

    /// One line describing the limits in force, for the REPL.
    var summary: String {
        let t = timeout == 0 ? "none" : "\(formatNumber(timeout)) s"
        let r = maxRows == 0 ? "none" : "\(maxRows)"
        let m = maxMemory == 0 ? "none" : "\(formatNumber(maxMemory)) MB"
        return "limits: timeout \(t), max rows \(r), max memory \(m)"
    }

    private func formatNumber(_ d: Double) -> String {
        d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
    }
}
