import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads query text from a path, `-` (standard input), a pipe or a process substitution
/// (`-f <(…)`, a `/dev/fd/N` that has no size): the file is read to its end, whatever it is.
enum InputReading {
    /// The UTF-8 text at `path` (`-` is standard input), or `nil` when it cannot be opened.
    static func text(at path: String) -> String? {
        let fd = path == "-" ? STDIN_FILENO : open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { if fd != STDIN_FILENO { close(fd) } }
        var isDirectory = stat()
        if fstat(fd, &isDirectory) == 0, (isDirectory.st_mode & S_IFMT) == S_IFDIR { return nil }
        var data: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(fd, &chunk, chunk.count)
            if n > 0 { data.append(contentsOf: chunk[..<n]); continue }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { return nil }
            break
        }
        return String(decoding: data, as: UTF8.self)
    }
}
