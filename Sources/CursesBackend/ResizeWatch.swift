import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Notices every SIGWINCH, even a resize that ends at the size it started from.
///
/// A terminal made bigger and put back within a moment (a tmux pane zoomed and unzoomed, a window
/// snapped) may have reflowed what it shows, but ncurses, finding its old size, reports nothing and
/// would keep sending changes against a screen that is no longer there. The handler sets a flag
/// and then runs ncurses's own, so ncurses still resizes as before.
enum ResizeWatch {
    /// Set by the handler, on whichever thread the signal lands; an atomic, so it is signal-safe.
    private static let seen = Atomic<Int32>(0)
    nonisolated(unsafe) private static var ncursesHandler: (@convention(c) (Int32) -> Void)?
    nonisolated(unsafe) private static var installed = false

    /// Wraps the SIGWINCH handler ncurses installed; call once curses is set up (again: no effect).
    static func install() {
        guard !installed else { return }
        var old = sigaction()
        guard sigaction(SIGWINCH, nil, &old) == 0, old.sa_flags & SA_SIGINFO == 0 else { return }
        // SIG_DFL (0) and SIG_IGN (1) are not functions to call.
        if let h = old.__sigaction_handler.sa_handler, unsafeBitCast(h, to: Int.self) > 1 { ncursesHandler = h }
        // Both statics are initialised here, before a signal can touch them (no lazy set-up in a handler).
        seen.store(0, ordering: .relaxed)
        installed = true
        var wrapped = old
        wrapped.__sigaction_handler.sa_handler = { signal in
            ResizeWatch.seen.store(1, ordering: .releasing)
            // A size past what convviz draws (a hostile pty, 40000 columns) would crash ncurses's resize or fill
            // gigabytes: ncurses is not told, and the screen keeps its size until a sane one comes.
            var size = winsize()
            if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 4096 || size.ws_row > 4096 { return }
            ResizeWatch.ncursesHandler?(signal)
        }
        sigaction(SIGWINCH, &wrapped, nil)
    }

    /// True once after each SIGWINCH (or several in a row).
    static func take() -> Bool {
        seen.exchange(0, ordering: .acquiringAndReleasing) != 0
    }
}
