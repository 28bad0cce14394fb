#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs `body` on a fresh thread with a large stack and waits for it.
///
/// The parser and the analyzer recurse once per nesting level of the query; their nesting is
/// capped (`Parser.maximumDepth`), and running them here makes the cap safe whatever thread the
/// host calls from (secondary threads may have stacks of 512 KiB). Costs one thread start.
func withLargeStack<T>(bytes: Int = 64 << 20, _ body: @escaping () throws(QueryError) -> T) throws(QueryError) -> T {
    let outcome = OutcomeBox<T>()
    let task = ThreadTask {
        outcome.result = Result { () throws(QueryError) -> T in try body() }
    }
    if !task.runOnNewThread(stackSize: bytes) {
        // No thread available: run here instead (the depth cap still bounds recursion).
        task.work()
    }
    guard let result = outcome.result else { return try body() }
    return try result.get()
}

/// Runs `body` for the query `text` on the current thread when its stack surely suffices,
/// else on a large-stack thread (``withLargeStack(bytes:_:)``).
///
/// Each nesting level of the parser and analyzer consumes at least one token, so a query's
/// depth is at most its token count; `StackBudget` bounds the tokens from above and allows
/// a generous `StackBudget/bytesPerToken` of stack for each. A typical query (tens of tokens)
/// then runs inline on the main thread's 8 MiB stack, saving the thread start (about 0.1–0.5 ms
/// wall, most of a point lookup's time: measured with callgrind and `evg bench-query`).
func withLargeStack<T>(unlessShallow text: String, _ body: @escaping () throws(QueryError) -> T) throws(QueryError) -> T {
    if let free = StackBudget.remainingBytes(),
       free > StackBudget.reserve + StackBudget.bytesPerToken * StackBudget.tokenBound(text) {
        return try body()
    }
    return try withLargeStack(body)
}

/// How much stack the front end may need and how much the current thread has left.
enum StackBudget {
    /// Stack allowed per token: well above the deepest frames per nesting level seen in debug builds.
    static let bytesPerToken = 32 << 10
    /// Kept free for everything else.
    static let reserve = 256 << 10

    /// An upper bound of the number of tokens: identifier/number runs plus every other
    /// non-space character (a string literal's words count too, which only over-counts).
    static func tokenBound(_ text: String) -> Int {
        var count = 0, inWord = false
        for b in text.utf8 {
            let word = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b >= 0x80
            if word {
                if !inWord { count += 1 }
            } else if b != 0x20 && b != 0x0A && b != 0x09 && b != 0x0D {
                count += 1
            }
            inWord = word
        }
        return count
    }

    /// Bytes between the current stack position and the end of this thread's stack, or `nil`
    /// when the platform does not tell.
    static func remainingBytes() -> Int? {
        var marker: UInt8 = 0
        let here = withUnsafeMutablePointer(to: &marker) { Int(bitPattern: $0) }
        #if canImport(Darwin)
        let top = Int(bitPattern: pthread_get_stackaddr_np(pthread_self()))
        let size = pthread_get_stacksize_np(pthread_self())
        let low = top - size
        #else
        // glibc reads /proc/self/maps for the main thread's stack (about 0.1 ms): ask once.
        guard let low = glibc_gettid() == getpid() ? mainThreadStackLow : stackLow() else { return nil }
        #endif
        guard here > low else { return nil }
        return here - low
    }

    #if !canImport(Darwin)
    /// The lowest address of the main thread's stack (fixed for the process).
    private static let mainThreadStackLow: Int? = stackLow()

    /// The lowest address of the current thread's stack.
    private static func stackLow() -> Int? {
        var attributes = pthread_attr_t()
        guard glibc_pthread_getattr_np(pthread_self(), &attributes) == 0 else { return nil }
        defer { pthread_attr_destroy(&attributes) }
        var base: UnsafeMutableRawPointer?
        var size = 0
        guard pthread_attr_getstack(&attributes, &base, &size) == 0, let base else { return nil }
        return Int(bitPattern: base)
    }
    #endif
}

#if !canImport(Darwin)
/// glibc's `pthread_getattr_np` (declared only under `_GNU_SOURCE`, so not imported).
@_silgen_name("pthread_getattr_np")
private func glibc_pthread_getattr_np(_ thread: pthread_t, _ attributes: UnsafeMutablePointer<pthread_attr_t>) -> Int32
/// glibc's `gettid` (2.30+; likewise not imported).
@_silgen_name("gettid")
private func glibc_gettid() -> pid_t
#endif

/// Where the worker leaves its result. Only one thread touches it at a time (the caller waits
/// in `pthread_join`), hence `@unchecked Sendable`.
private final class OutcomeBox<T>: @unchecked Sendable {
    var result: Result<T, QueryError>?
}

/// Work handed to a new thread (same single-owner discipline as `OutcomeBox`).
private final class ThreadTask: @unchecked Sendable {
    let work: () -> Void

    init(_ work: @escaping () -> Void) {
        self.work = work
    }

    /// Runs `work` on a thread with `stackSize` bytes of stack and waits; `false` if no thread
    /// could be started.
    func runOnNewThread(stackSize: Int) -> Bool {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, stackSize)
        let context = Unmanaged.passRetained(self).toOpaque()
        #if canImport(Darwin)
        var thread: pthread_t?
        #else
        var thread = pthread_t()
        #endif
        let started = pthread_create(&thread, &attributes, threadEntry, context)
        guard started == 0 else {
            Unmanaged<ThreadTask>.fromOpaque(context).release()
            return false
        }
        #if canImport(Darwin)
        if let thread { pthread_join(thread, nil) }
        #else
        pthread_join(thread, nil)
        #endif
        return true
    }
}

#if canImport(Darwin)
private func threadEntry(_ raw: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer? {
    Unmanaged<ThreadTask>.fromOpaque(raw).takeRetainedValue().work()
    return nil
}
#else
private func threadEntry(_ raw: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    guard let raw else { return nil }
    Unmanaged<ThreadTask>.fromOpaque(raw).takeRetainedValue().work()
    return nil
}
#endif
