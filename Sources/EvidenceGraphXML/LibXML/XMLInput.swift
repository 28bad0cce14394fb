#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a document's bytes come from: an open file descriptor or bytes in memory. The
/// main document is never opened by libxml2 itself (its entity loader refuses everything).
final class XMLInput {
    private enum Source {
        case descriptor(Int32)
        case memory([UInt8])
    }

    private let source: Source
    private var offset = 0
    /// The errno of a failed read, if any.
    private(set) var readError: Int32 = 0

    /// Opens `path` for reading; `nil` (with `errno` set) when it cannot be opened.
    init?(path: String) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        source = .descriptor(fd)
    }

    /// Reads from bytes in memory.
    init(bytes: [UInt8]) { source = .memory(bytes) }

    deinit { close() }

    /// Fills `buffer` with up to `count` bytes; returns how many, 0 at the end, -1 on error.
    func read(into buffer: UnsafeMutablePointer<CChar>, count: Int) -> Int32 {
        switch source {
        case .descriptor(let fd):
            while true {
                let n = Glibc_read(fd, buffer, count)
                if n < 0 && errno == EINTR { continue }
                if n < 0 { readError = errno }
                return Int32(n)
            }
        case .memory(let bytes):
            let n = min(count, bytes.count - offset)
            guard n > 0 else { return 0 }
            bytes.withUnsafeBufferPointer { src in
                UnsafeMutableRawPointer(buffer).copyMemory(from: src.baseAddress! + offset, byteCount: n)
            }
            offset += n
            return Int32(n)
        }
    }

    private var closed = false

    func close() {
        guard !closed else { return }
        closed = true
        if case .descriptor(let fd) = source { _ = closeDescriptor(fd) }
    }
}

@inline(__always) private func Glibc_read(_ fd: Int32, _ buffer: UnsafeMutablePointer<CChar>, _ count: Int) -> Int {
    read(fd, buffer, count)
}

@inline(__always) private func closeDescriptor(_ fd: Int32) -> Int32 {
    #if canImport(Glibc)
    Glibc.close(fd)
    #else
    Darwin.close(fd)
    #endif
}
