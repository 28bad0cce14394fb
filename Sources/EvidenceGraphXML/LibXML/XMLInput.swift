#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a document's bytes come from: an open file descriptor or bytes in memory. The
/// main document is never opened by libxml2 itself (its entity loader refuses everything),
/// and each input is opened exactly once: the first bytes, read to tell the document's kind
/// (``prefix(upTo:)``), are kept and handed to the parser first, so pipes and process
/// substitution (`<(…)`) work.
///
/// Opening (``open(path:pipeIdleTimeout:)``) follows the file's type: regular files are
/// read; FIFOs, pipes and sockets are streamed, each read waiting at most the idle timeout
/// for data (a FIFO without a writer fails instead of hanging); devices and directories are
/// refused without being opened.
final class XMLInput {
    private enum Source {
        case descriptor(Int32)
        case memory([UInt8])
    }

    /// Why a file cannot be read.
    struct OpenError: Error, Sendable {
        /// A sentence for the diagnostic, e.g. `not a regular file (character device)`.
        var message: String
    }

    private let source: Source
    /// Whether the descriptor is a pipe, FIFO or socket (reads wait with a timeout).
    private let isStream: Bool
    /// Seconds a stream read waits for data before failing.
    private let idleTimeout: Double
    private var offset = 0
    /// Bytes read ahead (to sniff the kind) and not yet handed to the parser.
    private var pending: [UInt8] = []
    private var pendingOffset = 0
    /// The errno of a failed read, if any.
    private(set) var readError: Int32 = 0
    /// Set when a stream read timed out.
    private(set) var timedOut = false
    /// Bytes taken from the source so far; read from other threads through `bytesRead`.
    private let counter = ByteCounter()
    /// Called on the reading thread with `bytesRead` after each read from the source.
    var onRead: ((Int) -> Void)?

    /// Opens `path` for reading; `nil` (with `errno` set) when it cannot be opened. Does not
    /// check the file's type: prefer ``open(path:pipeIdleTimeout:)``.
    init?(path: String) {
        let fd = Glibc_open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        source = .descriptor(fd)
        isStream = false
        idleTimeout = 0
    }

    /// Reads from bytes in memory.
    init(bytes: [UInt8]) {
        source = .memory(bytes)
        isStream = false
        idleTimeout = 0
    }

    private init(descriptor: Int32, isStream: Bool, idleTimeout: Double) {
        source = .descriptor(descriptor)
        self.isStream = isStream
        self.idleTimeout = idleTimeout
    }

    deinit { close() }

    /// Opens `path` by its type: a regular file is read; a FIFO, pipe or socket is streamed
    /// (each read waits at most `pipeIdleTimeout` seconds for data); a device or directory
    /// is refused without opening it (opening a device can block or have side effects).
    /// - Throws: `OpenError` with the reason (the `errno` text, or the file type refused).
    static func open(path: String, pipeIdleTimeout: Double) throws(OpenError) -> XMLInput {
        var info = stat()
        guard stat(path, &info) == 0 else { throw OpenError(message: "cannot open: \(errnoText(errno))") }
        if let refused = refusedKind(info.st_mode) { throw OpenError(message: "not a regular file (\(refused)); refused") }
        // O_NONBLOCK: opening a FIFO that has no writer must not block.
        let fd = Glibc_open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw OpenError(message: "cannot open: \(errnoText(errno))") }
        // The type again, of what was opened (the path may have changed in between).
        guard fstat(fd, &info) == 0 else {
            let e = errno
            _ = closeDescriptor(fd)
            throw OpenError(message: "cannot open: \(errnoText(e))")
        }
        if let refused = refusedKind(info.st_mode) {
            _ = closeDescriptor(fd)
            throw OpenError(message: "not a regular file (\(refused)); refused")
        }
        let mode = info.st_mode & S_IFMT
        let stream = mode == S_IFIFO || mode == S_IFSOCK
        if !stream {
            // Regular files read blocking as usual.
            let flags = fcntl(fd, F_GETFL)
            _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK)
        }
        return XMLInput(descriptor: fd, isStream: stream, idleTimeout: pipeIdleTimeout)
    }

    /// The name of a file type the loader refuses, or `nil` for one it reads.
    static func refusedKind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFCHR: return "character device"
        case S_IFBLK: return "block device"
        case S_IFDIR: return "directory"
        default: return nil
        }
    }

    /// The text of an `errno` value.
    static func errnoText(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "errno \(code)" }
        return String(cString: text)
    }

    /// Bytes taken from the source so far (safe to read from any thread).
    var bytesRead: Int { counter.value }

    /// Reads ahead up to `limit` bytes (fewer at the end of the input) and returns them; the
    /// parser still receives them first. Used to tell a document's kind without a second open.
    func prefix(upTo limit: Int) -> [UInt8] {
        var chunk = [UInt8](repeating: 0, count: 16384)
        while pending.count < limit {
            let want = min(chunk.count, limit - pending.count)
            let n = chunk.withUnsafeMutableBufferPointer { p in
                p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: want) { readSource(into: $0, count: want) }
            }
            guard n > 0 else { break }
            pending += chunk[0..<Int(n)]
        }
        return pending
    }

    /// Fills `buffer` with up to `count` bytes; returns how many, 0 at the end, -1 on error.
    func read(into buffer: UnsafeMutablePointer<CChar>, count: Int) -> Int32 {
        if pendingOffset < pending.count {
            let n = min(count, pending.count - pendingOffset)
            pending.withUnsafeBufferPointer { src in
                UnsafeMutableRawPointer(buffer).copyMemory(from: src.baseAddress! + pendingOffset, byteCount: n)
            }
            pendingOffset += n
            if pendingOffset == pending.count {
                pending = []
                pendingOffset = 0
            }
            return Int32(n)
        }
        return readSource(into: buffer, count: count)
    }

    private func readSource(into buffer: UnsafeMutablePointer<CChar>, count: Int) -> Int32 {
        switch source {
        case .descriptor(let fd):
            if timedOut { return -1 }  // a stream that went idle stays failed
            while true {
                if isStream, !waitForData(fd) { return -1 }
                let n = Glibc_read(fd, buffer, count)
                if n < 0 && errno == EINTR { continue }
                if n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) && isStream { continue }
                if n < 0 { readError = errno }
                if n > 0 {
                    counter.add(n)
                    onRead?(counter.value)
                }
                return Int32(n)
            }
        case .memory(let bytes):
            let n = min(count, bytes.count - offset)
            guard n > 0 else { return 0 }
            bytes.withUnsafeBufferPointer { src in
                UnsafeMutableRawPointer(buffer).copyMemory(from: src.baseAddress! + offset, byteCount: n)
            }
            offset += n
            counter.add(n)
            onRead?(counter.value)
            return Int32(n)
        }
    }

    /// Waits until the stream has data or its writer closed; `false` after the idle timeout
    /// (recorded in `timedOut`) or on a poll error.
    private func waitForData(_ fd: Int32) -> Bool {
        var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let deadline = monotonicNow() + idleTimeout
        while true {
            let remaining = deadline - monotonicNow()
            if remaining <= 0 {
                timedOut = true
                return false
            }
            let r = poll(&descriptor, 1, Int32(min(remaining * 1000, 1000).rounded(.up)))
            if r > 0 { return true }
            if r < 0 && errno != EINTR {
                readError = errno
                return false
            }
        }
    }

    private var closed = false

    func close() {
        guard !closed else { return }
        closed = true
        if case .descriptor(let fd) = source { _ = closeDescriptor(fd) }
    }
}

/// A byte count written by the parsing thread and read by the building thread.
private final class ByteCounter: @unchecked Sendable {
    private let lock = Mutex()
    private var count = 0
    func add(_ n: Int) { lock.withLock { count += n } }
    var value: Int { lock.withLock { count } }
}

/// Seconds on a monotonic clock.
private func monotonicNow() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

@inline(__always) private func Glibc_open(_ path: String, _ flags: Int32) -> Int32 {
    #if canImport(Glibc)
    Glibc.open(path, flags)
    #else
    Darwin.open(path, flags)
    #endif
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
