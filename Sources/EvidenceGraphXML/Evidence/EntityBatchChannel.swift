#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A bounded hand-off of entity batches from the parsing thread to the building thread,
/// with a free list so that batch storage is recycled rather than reallocated.
final class EntityBatchChannel: @unchecked Sendable {
    /// A batch and the name texts its codes refer to.
    struct Batch {
        var buffer: EntityBuffer
        var names: [String]
    }

    private let mutex: UnsafeMutablePointer<pthread_mutex_t> = .allocate(capacity: 1)
    private let changed: UnsafeMutablePointer<pthread_cond_t> = .allocate(capacity: 1)
    private var queue: [Batch] = []
    private var free: [EntityBuffer] = []
    private var closed = false
    private let capacity: Int

    /// A channel holding at most `capacity` full batches.
    init(capacity: Int = 4) {
        self.capacity = capacity
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(changed, nil)
    }

    deinit {
        pthread_cond_destroy(changed)
        pthread_mutex_destroy(mutex)
        changed.deallocate()
        mutex.deallocate()
    }

    private func locked<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return body()
    }

    /// Hands over a full batch, waiting while the channel is full; returns a cleared buffer
    /// to fill next.
    func send(_ batch: Batch) -> EntityBuffer {
        locked {
            while queue.count >= capacity { pthread_cond_wait(changed, mutex) }
            queue.append(batch)
            pthread_cond_broadcast(changed)
            var next = free.popLast() ?? EntityBuffer()
            next.reset()
            return next
        }
    }

    /// No more batches will come.
    func close() {
        locked {
            closed = true
            pthread_cond_broadcast(changed)
        }
    }

    /// The next batch, waiting for it; `nil` after the last one.
    func receive() -> Batch? {
        locked {
            while queue.isEmpty && !closed { pthread_cond_wait(changed, mutex) }
            if queue.isEmpty { return nil }
            let b = queue.removeFirst()
            pthread_cond_broadcast(changed)
            return b
        }
    }

    /// Takes back a consumed batch, so that its storage is reused for a later one.
    func recycle(_ batch: consuming Batch) {
        let buffer = batch.buffer
        locked { if free.count < capacity + 1 { free.append(buffer) } }
    }
}
