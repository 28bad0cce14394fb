#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a line to standard error.
func printError(_ text: String) {
    writeAll(STDERR_FILENO, text + "\n")
}

/// Writes text to standard output unbuffered (the REPL mixes prompts and results).
func writeStandardOutput(_ text: String) {
    writeAll(STDOUT_FILENO, text)
}

private func writeAll(_ fd: Int32, _ text: String) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
        let n = bytes.withUnsafeMutableBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
        if n <= 0 { return }
        offset += n
    }
}

/// Seconds on a monotonic clock, for timing loads and queries.
func monotonicSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Formats a duration for people: `12.3 ms` or `1.234 s`.
func formatDuration(_ seconds: Double) -> String {
    if seconds < 1 {
        let ms = (seconds * 10_000).rounded() / 10
        return "\(ms) ms"
    }
    return "\((seconds * 1000).rounded() / 1000) s"
}
