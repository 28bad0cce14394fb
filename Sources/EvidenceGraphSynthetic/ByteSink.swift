#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A buffered writer: text is gathered in a 1 MiB buffer and handed to `flush` in chunks,
/// so that a generated document is never held in memory whole.
struct ByteSink {
    private var buffer: [UInt8] = []
    private let chunk = 1 << 20
    private let flushChunk: ([UInt8]) -> Void
    /// Bytes written so far (flushed or not).
    private(set) var byteCount = 0

    init(flush: @escaping ([UInt8]) -> Void) {
        flushChunk = flush
        buffer.reserveCapacity(chunk + 4096)
    }

    mutating func write(_ s: String) {
        var s = s
        s.withUTF8 { buffer.append(contentsOf: $0) }
        byteCount += s.utf8.count
        if buffer.count >= chunk { flush() }
    }

    /// Text with `&`, `<`, `>` and `"` escaped (for attribute values and element text).
    mutating func writeEscaped(_ s: String) {
        var s = s
        s.withUTF8 { bytes in
            guard bytes.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) else {
                buffer.append(contentsOf: bytes)
                byteCount += bytes.count
                return
            }
            for b in bytes {
                switch b {
                case 0x26: appendASCII("&amp;")
                case 0x3C: appendASCII("&lt;")
                case 0x3E: appendASCII("&gt;")
                case 0x22: appendASCII("&quot;")
                default: buffer.append(b); byteCount += 1
                }
            }
        }
        if buffer.count >= chunk { flush() }
    }

    private mutating func appendASCII(_ s: StaticString) {
        s.withUTF8Buffer { buffer.append(contentsOf: $0) }
        byteCount += s.utf8CodeUnitCount
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        flushChunk(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Why a generated file could not be written.
package struct SyntheticWriteError: Error, Sendable, CustomStringConvertible {
    /// The file being written.
    package var path: String
    /// The system error number.
    package var code: Int32
    package var description: String { "cannot write '\(path)': \(String(cString: strerror(code)))" }
}

/// A file opened for writing, with the first write error remembered.
final class OutputFile {
    private let fd: Int32
    let path: String
    private(set) var failure: Int32 = 0

    init(path: String) throws(SyntheticWriteError) {
        self.path = path
        fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if fd < 0 { throw SyntheticWriteError(path: path, code: errno) }
    }

    func write(_ bytes: [UInt8]) {
        guard failure == 0 else { return }
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                #if canImport(Glibc)
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                #else
                let n = Darwin.write(fd, raw.baseAddress! + offset, raw.count - offset)
                #endif
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += n
            }
        }
    }

    func close() throws(SyntheticWriteError) {
        #if canImport(Glibc)
        let r = Glibc.close(fd)
        #else
        let r = Darwin.close(fd)
        #endif
        if r != 0 && failure == 0 { failure = errno }
        if failure != 0 { throw SyntheticWriteError(path: path, code: failure) }
    }
}
