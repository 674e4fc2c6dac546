import CNcursesw
import ConvViz
#if canImport(Glibc)
import Glibc
#endif

/// Signal handlers that give the terminal back on every way out: a signal, a hangup or a crash.
///
/// ncurses restores the terminal on SIGINT and SIGTERM by itself but not on SIGHUP
/// or a Swift trap, which would leave the alternate screen, mouse mode and a hidden cursor.
enum CrashGuard {
    static func install() {
        EndingSignals.unblockAll()
        var resize = sigset_t()
        sigemptyset(&resize)
        sigaddset(&resize, SIGWINCH)
        pthread_sigmask(SIG_UNBLOCK, &resize, nil)
        // Everything the handlers read is set up now, so that they never allocate.
        SafeFile.prepareForSignals()
        // Every signal whose default is to end the program (kill -USR1, a closed pipe, a CPU
        // limit, kill -SYS) ends it the same way: terminal restored, temporary files gone, a recording saved.
        for sig in EndingSignals.stops {
            signal(sig) { s in
                if inForeground() { restoreTerminal() }
                SafeFile.removeTemporaryFiles()
                if s != SIGQUIT { LastWords.speak() }
                _exit(128 + s)
            }
        }
        for sig in EndingSignals.crashes {
            signal(sig) { s in
                restoreTerminal()
                SafeFile.removeTemporaryFiles()
                signal(s, SIG_DFL)
                raise(s)
            }
        }
    }
}

/// A file saved when a signal ends the program (SIGHUP when an SSH session drops, SIGTERM, SIGINT, kill -USR1, …), e.g. `record`'s script.
///
/// The owner keeps the file's complete contents here, pre-rendered, with `update`
/// after every change. The signal handler then only calls async-signal-safe functions:
/// `open` the temporary path, `write` the bytes, `fsync`, `close`, and `rename` (with
/// `replace`) or `link` + `unlink` (without: an existing file is kept, and so is the
/// temporary file, so nothing recorded is lost). A crash (SIGSEGV, a trap, …) does
/// not use it: its state may be corrupt. The contents are one malloc'd block
/// (`Int` length, then the bytes) published by a single pointer store with these
/// signals blocked on the updating thread; the block before is freed one update
/// later, so a handler on another thread never reads freed memory in practice.
public enum LastWords {
    nonisolated(unsafe) private static var temp: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) private static var path: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) private static var replace = false
    nonisolated(unsafe) private static var current: UnsafeMutableRawPointer?
    nonisolated(unsafe) private static var previous: UnsafeMutableRawPointer?

    /// Starts saving to `path` (through `temp`, in the same directory) on those signals.
    public static func arm(path: String, temp: String, replace: Bool) {
        disarm()
        self.path = strdup(path)
        self.temp = strdup(temp)
        self.replace = replace
    }

    /// Sets the whole file to save.
    public static func update(_ bytes: [UInt8]) {
        let block = malloc(MemoryLayout<Int>.stride + max(bytes.count, 1))!
        block.storeBytes(of: bytes.count, as: Int.self)
        bytes.withUnsafeBytes { if let b = $0.baseAddress { (block + MemoryLayout<Int>.stride).copyMemory(from: b, byteCount: $0.count) } }
        withSignalsBlocked {
            free(previous)
            previous = current
            current = block
        }
    }

    /// Stops saving (e.g. before the normal save at exit).
    public static func disarm() {
        withSignalsBlocked {
            free(previous); free(current); free(temp); free(path)
            previous = nil; current = nil; temp = nil; path = nil
        }
    }

    /// Every signal whose handler saves the file, made once: blocking them is then a copy, and no signal can find the file half changed.
    nonisolated(unsafe) private static let saving: sigset_t = {
        var set = sigset_t()
        sigemptyset(&set)
        for sig in EndingSignals.stops { sigaddset(&set, sig) }
        return set
    }()

    private static func withSignalsBlocked(_ body: () -> Void) {
        var set = saving, old = sigset_t()
        pthread_sigmask(SIG_BLOCK, &set, &old)
        body()
        pthread_sigmask(SIG_SETMASK, &old, nil)
    }

    /// Writes the file: called from the signal handler, so async-signal-safe calls only.
    static func speak() {
        guard let temp, let path, let block = current else { return }
        let count = block.load(as: Int.self)
        let bytes = block + MemoryLayout<Int>.stride
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return }
        var done = 0
        while done < count {
            let n = write(fd, bytes + done, count - done)
            if n <= 0 { break }
            done += n
        }
        let ok = done == count && fsync(fd) == 0
        close(fd)
        guard ok else { unlink(temp); return }
        if replace { rename(temp, path) } else if link(temp, path) == 0 { unlink(temp) }
    }
}

/// False when a job-control shell has put us in the background (Ctrl-Z, then `kill %1`).
///
/// The terminal was given back when the job stopped; restoring it again from the background would
/// write over the shell's screen and stop us for terminal output instead of ending.
private func inForeground() -> Bool {
    let group = tcgetpgrp(1)
    return group < 0 || group == getpgrp()
}

/// Leaves curses mode: mouse off, cursor on, alternate screen off.
private func restoreTerminal() {
    _ = mousemask(0, nil)
    CursesTerminal.bracketPastes(false)
    curs_set(1)
    endwin()
}
