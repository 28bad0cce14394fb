/// The line protocol between the `evg-tck` parent and its `--worker` child processes.
///
/// The parent writes the ids of the cases to run (one a line) to the worker's standard
/// input; `<index>` below is an id's 0-based line number. The worker writes, unbuffered,
/// `BEGIN <index>` before a case and
/// `END <index>\t<passed|failed>\t<seconds>\t<cause>\t<detail>` after it (fields escaped), or
/// `HUNG <index>` before it exits because a case outlived the hard limit. A `BEGIN` without
/// its `END` tells the parent which case crashed the engine.
package enum WorkerProtocol {
    /// What one line of worker output says.
    package enum Message: Sendable, Hashable {
        case begin(Int)
        case end(Int, CaseOutcome, seconds: Double)
        case hung(Int)
    }

    /// The `BEGIN` line for case `index`.
    package static func begin(_ index: Int) -> String { "BEGIN \(index)\n" }

    /// The `HUNG` line for case `index`.
    package static func hung(_ index: Int) -> String { "HUNG \(index)\n" }

    /// The `END` line for case `index`.
    package static func end(_ index: Int, _ outcome: CaseOutcome, seconds: Double) -> String {
        switch outcome {
        case .passed:
            return "END \(index)\tpassed\t\(seconds)\t\t\n"
        case .failed(let failure):
            return "END \(index)\tfailed\t\(seconds)\t\(escape(failure.cause))\t\(escape(failure.detail))\n"
        case .skipped(let reason):
            return "END \(index)\tskipped\t\(seconds)\t\(escape(reason))\t\n"
        }
    }

    /// Reads one line of worker output; `nil` for anything else (e.g. stray prints).
    package static func parse(_ line: Substring) -> Message? {
        if let rest = line.dropKeyword("BEGIN "), let i = Int(rest) { return .begin(i) }
        if let rest = line.dropKeyword("HUNG "), let i = Int(rest) { return .hung(i) }
        guard let rest = line.dropKeyword("END ") else { return nil }
        let fields = rest.split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.count == 5, let index = Int(fields[0]), let seconds = Double(fields[2]) else { return nil }
        switch fields[1] {
        case "passed": return .end(index, .passed, seconds: seconds)
        case "failed":
            return .end(index, .failed(TCKFailure(cause: unescape(fields[3]), detail: unescape(fields[4]))), seconds: seconds)
        case "skipped": return .end(index, .skipped(reason: unescape(fields[3])), seconds: seconds)
        default: return nil
        }
    }

    static func escape(_ text: String) -> String { text.backslashEscaped(also: nil) }

    static func unescape(_ text: Substring) -> String {
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let c = scalars.next() {
            guard c == "\\", let e = scalars.next() else { out.append(c); continue }
            switch e {
            case "n": out.append("\n")
            case "t": out.append("\t")
            case "r": out.append("\r")
            default: out.append(e)
            }
        }
        return String(out)
    }
}
