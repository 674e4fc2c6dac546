#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The signals that end the program unless it handles them, in two kinds: each gets a clean way out.
public enum EndingSignals {
    /// Signals sent to stop the program (kill, a closed pipe, a CPU or file limit, a hung-up line,
    /// and the rarer ones whose default is also to end it): it cleans up and exits 128 + the signal.
    public static let stops: [Int32] = {
        var all = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE, SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF, SIGSYS, SIGIO]
        #if os(Linux)
        all += [SIGPWR, SIGSTKFLT] + Array(__libc_current_sigrtmin()...__libc_current_sigrtmax())
        #endif
        return all
    }()

    /// Signals of a crash (or sent as one, `kill -ABRT`): it cleans up, then dies of the signal
    /// without the runtime's backtrace, which is no message for a user.
    public static let crashes = [SIGSEGV, SIGILL, SIGTRAP, SIGBUS, SIGFPE, SIGABRT]

    /// Unblocks every one of them: a parent (a test runner, a CI shell) may have started us with some blocked.
    public static func unblockAll() {
        var wanted = sigset_t()
        sigemptyset(&wanted)
        for sig in stops + crashes { sigaddset(&wanted, sig) }
        pthread_sigmask(SIG_UNBLOCK, &wanted, nil)
    }
}
