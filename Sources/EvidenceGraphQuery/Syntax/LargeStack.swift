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
