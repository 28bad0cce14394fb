import Dispatch

/// Runs synchronous, CPU-bound work (a query, an assessment) on a Dispatch worker instead of
/// a thread of Swift's cooperative pool, which the servers' I/O needs to stay responsive.
enum BlockingWork {
    static func run<T: Sendable, E: Error>(_ work: @escaping @Sendable () throws(E) -> T) async throws(E) -> T {
        let result: Result<T, E> = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: Result { () throws(E) -> T in try work() })
            }
        }
        return try result.get()
    }
}
