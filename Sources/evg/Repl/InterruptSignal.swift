#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ctrl-C for the interactive REPL. A SIGINT handler writes a byte to a self-pipe (the only
/// async-signal-safe thing it does); the line editor's input loop and the wait for a running
/// query poll that pipe, so an interrupt reaches whichever of them is active, whichever thread
/// the kernel delivered the signal to.
enum InterruptSignal {
    /// The pipe's read end, polled by the REPL; -1 until ``install()``.
    nonisolated(unsafe) private(set) static var readFD: Int32 = -1
    /// The pipe's write end, written by the handler.
    nonisolated(unsafe) private static var writeFD: Int32 = -1

    /// Installs the handler (once), on the main thread before any worker starts. Without
    /// `SA_RESTART`, so a blocked `read` returns `EINTR`.
    static func install() {
        guard readFD < 0 else { return }
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { return }
        for fd in fds {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        readFD = fds[0]
        writeFD = fds[1]
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = { _ in InterruptSignal.notify() }
        #else
        action.__sigaction_u.__sa_handler = { _ in InterruptSignal.notify() }
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        // A parent may have started us with SIGINT blocked (threads of test runners and
        // some process launchers block it): unblock it, for this thread and those it starts.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// Runs in the signal handler: one byte into the pipe, `errno` preserved.
    private static func notify() {
        let saved = errno
        var byte: UInt8 = 3
        _ = write(writeFD, &byte, 1)
        errno = saved
    }

    /// Empties the pipe; returns whether an interrupt was pending.
    @discardableResult
    static func drain() -> Bool {
        guard readFD >= 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 64)
        var any = false
        while read(readFD, &buffer, buffer.count) > 0 { any = true }
        return any
    }
}
