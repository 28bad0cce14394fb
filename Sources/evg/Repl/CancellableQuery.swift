import EvidenceGraph
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a query on a worker thread while the calling thread waits for it or for Ctrl-C
/// (``InterruptSignal``); Ctrl-C sets the query's ``CancellationFlag``, so the engine stops
/// at its next check and the query fails with `Cancelled`.
enum CancellableQuery {
    /// The result of `graph.query(text, …)`, cancelled by Ctrl-C. Without an installed
    /// ``InterruptSignal`` it runs on the calling thread.
    static func run(_ graph: Graph, _ text: String, parameters: [String: Value], options: QueryOptions) throws(QueryError) -> QueryResult {
        guard InterruptSignal.readFD >= 0 else {
            return try graph.query(text, parameters: parameters, options: options)
        }
        InterruptSignal.drain()
        let flag = CancellationFlag()
        var options = options
        options.cancellation = flag
        let box = OutcomeBox()
        var done: [Int32] = [-1, -1]
        guard pipe(&done) == 0 else { return try graph.query(text, parameters: parameters, options: options) }
        defer { close(done[0]); close(done[1]) }
        let doneWrite = done[1]
        let worker = Thread { [options] in
            box.set(Result { () throws(QueryError) -> QueryResult in try graph.query(text, parameters: parameters, options: options) })
            var byte: UInt8 = 1
            _ = write(doneWrite, &byte, 1)
        }
        worker.stackSize = 16 << 20
        worker.start()
        var fds = [pollfd(fd: done[0], events: Int16(POLLIN), revents: 0),
                   pollfd(fd: InterruptSignal.readFD, events: Int16(POLLIN), revents: 0)]
        while true {
            fds[0].revents = 0
            fds[1].revents = 0
            if poll(&fds, 2, -1) < 0 { continue }   // EINTR: the handler wrote to the pipe
            if fds[1].revents != 0, InterruptSignal.drain() {
                flag.cancel()
                writeStandardOutput("\n")   // after the terminal's echoed ^C
            }
            if fds[0].revents != 0 { break }
        }
        return try box.get()
    }

    /// The worker's outcome, handed to the waiting thread.
    private final class OutcomeBox: @unchecked Sendable {
        private let lock = NSLock()
        private var result: Result<QueryResult, QueryError>?

        func set(_ r: Result<QueryResult, QueryError>) { lock.withLock { result = r } }

        func get() throws(QueryError) -> QueryResult {
            guard let r = lock.withLock({ result }) else {
                throw QueryError(code: .cancelled, detail: .cancelled, phase: .runtime, message: "the query did not finish")
            }
            return try r.get()
        }
    }
}
