import CNcursesw
#if canImport(Glibc)
import Glibc
#endif

/// Signal handlers that give the terminal back on every way out: a signal, a hangup or a crash.
///
/// ncurses restores the terminal on SIGINT and SIGTERM by itself but not on SIGHUP
/// or a Swift trap, which would leave the alternate screen, mouse mode and a hidden cursor.
enum CrashGuard {
    static func install() {
        // A parent may have started us with these blocked; we must see them to clean up.
        var wanted = sigset_t()
        sigemptyset(&wanted)
        for sig in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGWINCH] { sigaddset(&wanted, sig) }
        pthread_sigmask(SIG_UNBLOCK, &wanted, nil)
        for sig in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] {
            signal(sig) { s in
                restoreTerminal()
                _exit(128 + s)
            }
        }
        for sig in [SIGSEGV, SIGILL, SIGTRAP, SIGBUS, SIGFPE, SIGABRT] {
            signal(sig) { s in
                restoreTerminal()
                signal(s, SIG_DFL)
                raise(s)
            }
        }
    }
}

/// Leaves curses mode: mouse off, cursor on, alternate screen off.
private func restoreTerminal() {
    _ = mousemask(0, nil)
    curs_set(1)
    endwin()
}
