#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a whole file so that a crash or a kill never leaves it half written, and never clobbers by accident.
///
/// The text goes to a temporary file in the same directory (so the final step is a
/// rename within one file system), is synced to disk, and then replaces the target.
/// Without `force` the last step is `link`, which fails if the target exists, so two
/// writers cannot both "win" the check-then-write race. `Writer` does the same for a
/// file written piece by piece (a long headless playback streams its frames).
public enum SafeFile {
    /// Why a file could not be written; `description` is one line for the user.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
        public init(description: String) { self.description = description }
    }

    /// Why `path` may never be written, even with --force: something that is not a regular file is there
    /// (a device such as /dev/null, a FIFO, a directory, a socket or a symbolic link). Nil for a regular file or a new path.
    public static func refusal(_ path: String) -> String? {
        if let repaired = repairedNameRefusal(path, doing: "write") { return repaired }
        var st = stat()
        guard lstat(path, &st) == 0 else { return nil }
        let kind: String
        switch st.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: kind = "a directory"
        case S_IFCHR, S_IFBLK: kind = "a device"
        case S_IFIFO: kind = "a FIFO"
        case S_IFLNK: kind = "a symbolic link"
        default: kind = "not a regular file"
        }
        return "\(Sanitize.line(path)) is \(kind); only a regular file or a new path is written, even with --force"
    }

    /// Why a new file at `path` cannot be written, found before any work is done, or nil when it can:
    /// the name is empty or ends in "/", or its directory refuses a file (tried with a temporary one, then removed).
    public static func creationRefusal(_ path: String) -> String? {
        if path.isEmpty { return "an empty file name; give a path such as lesson.convdemo" }
        if path.hasSuffix("/") { return "\(Sanitize.line(path)) ends in '/', which names a directory; give a file name" }
        let probe = tempPath(for: path, tag: "probe")
        let fd = open(probe, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard fd >= 0 else { return "\(Sanitize.line(path)): cannot write in \(folderName(of: path)): \(reason())" }
        close(fd)
        unlink(probe)
        return nil
    }

    /// Temporary files being written, as C strings a signal handler can unlink (async-signal-safe).
    nonisolated(unsafe) private static var pending: [UnsafeMutablePointer<CChar>?] = Array(repeating: nil, count: 64)

    private static func register(_ path: String) -> Int? {
        guard let slot = pending.firstIndex(where: { $0 == nil }) else { return nil }
        pending[slot] = strdup(path)
        return slot
    }

    private static func unregister(_ slot: Int?) {
        guard let slot, let p = pending[slot] else { return }
        pending[slot] = nil
        free(p)
    }

    /// Sets up the list a signal handler reads, so that the handler never allocates.
    ///
    /// Call it before installing a handler that calls `removeTemporaryFiles`: a Swift global is
    /// set up on first use, with malloc, and a handler that did that while the program was inside
    /// malloc or free would wait forever on the allocator's lock (seen as a hung explorer after
    /// an SSH hangup).
    public static func prepareForSignals() {
        _ = pending.count
    }

    /// Removes every temporary file still being written; safe to call from a signal handler once `prepareForSignals` has run.
    public static func removeTemporaryFiles() {
        for i in 0..<pending.count { if let p = pending[i] { unlink(p) } }
        removeStagedFrames()
    }

    /// Makes every signal that would end the program remove the temporary files first (headless runs;
    /// the explorer's own handlers do the same, and give the terminal back too).
    public static func cleanUpOnSignals() {
        EndingSignals.unblockAll()
        prepareForSignals()
        for sig in EndingSignals.stops {
            signal(sig) { s in
                SafeFile.removeTemporaryFiles()
                _exit(128 + s)
            }
        }
        for sig in EndingSignals.crashes {
            signal(sig) { s in
                SafeFile.removeTemporaryFiles()
                signal(s, SIG_DFL)
                raise(s)
            }
        }
    }

    /// Why a name cannot be used when it holds U+FFFD: the command line hands over a name whose bytes are
    /// not UTF-8 already repaired, so it is not the name typed, and writing it would make another file.
    public static func repairedNameRefusal(_ path: String, doing verb: String) -> String? {
        guard path.unicodeScalars.contains("\u{FFFD}") else { return nil }
        return "'\(Sanitize.line(path))': the name has bytes that are not UTF-8, which convviz cannot \(verb); \(verb == "open" ? "rename the file" : "use another name")"
    }

    /// True when something already exists at `path`.
    public static func exists(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0
    }

    /// Writes `text` to `path`; an existing file is replaced only with `force`.
    public static func write(_ text: String, to path: String, force: Bool) throws(Failure) {
        let w = try Writer(path: path)
        w.write(text)
        try w.commit(force: force)
    }

    /// The directory and file name of `path` ("." for a bare name).
    static func split(_ path: String) -> (dir: String, name: String) {
        let slash = path.lastIndex(of: "/")
        let dir = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        return (dir.isEmpty ? "/" : dir, name)
    }

    /// The folder `path` is in, as a message names it: the current folder by its path, since "." says little.
    static func folderName(of path: String) -> String {
        let dir = split(path).dir
        guard dir == ".", let cwd = getcwd(nil, 0) else { return Sanitize.line(dir) }
        defer { free(cwd) }
        return "the current folder \(Sanitize.line(String(cString: cwd)))"
    }

    /// The directory `path` is in ("." for a bare name).
    public static func directory(of path: String) -> String { split(path).dir }

    /// The temporary file a write to `path` goes through, in the same directory.
    public static func tempPath(for path: String, tag: String = "tmp") -> String {
        let (dir, name) = split(path)
        return (dir == "/" ? "" : dir) + "/.\(name).\(tag)-\(getpid())"
    }

    /// True when `a` and `b` name the same file: the same real directory and name, or (both existing) the same inode.
    public static func sameFile(_ a: String, _ b: String) -> Bool {
        func canonical(_ p: String) -> String {
            // "out/" names what "out" names.
            var p = p
            while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
            let (dir, name) = split(p)
            guard let r = realpath(dir, nil) else { return p }
            defer { free(r) }
            return String(cString: r) + "/" + name
        }
        if canonical(a) == canonical(b) { return true }
        var sa = stat(), sb = stat()
        return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino
    }

    /// A file written in pieces to its temporary file, which `commit` moves into place and `abort` (or deinit) removes.
    public final class Writer {
        public let path: String
        let temp: String
        private var fd: Int32
        private var buffer: [UInt8] = []
        /// errno of the first failed write; later writes are dropped and `commit` reports it.
        private var failed: Int32?
        /// The temporary file's slot in the list a signal handler cleans up.
        private var slot: Int?

        public init(path: String) throws(Failure) {
            if let refusal = SafeFile.refusal(path) { throw Failure(description: refusal) }
            self.path = path
            temp = SafeFile.tempPath(for: path)
            slot = SafeFile.register(temp)
            fd = open(temp, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            guard fd >= 0 else {
                SafeFile.unregister(slot)
                throw Failure(description: "\(Sanitize.line(path)): cannot write in \(SafeFile.folderName(of: path)): \(SafeFile.reason())")
            }
        }

        deinit { abort() }

        /// Appends text; it reaches the disk in blocks.
        public func write(_ text: String) {
            buffer.append(contentsOf: text.utf8)
            if buffer.count >= 1 << 16 { flush() }
        }

        private func flush() {
            defer { buffer.removeAll(keepingCapacity: true) }
            guard fd >= 0, failed == nil else { return }
            var done = 0
            while done < buffer.count {
                let n = buffer.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, $0.count - done) }
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { failed = n < 0 ? errno : EIO; return }
                done += n
            }
        }

        /// Removes the temporary file; nothing is left behind.
        public func abort() {
            guard fd >= 0 else { return }
            close(fd)
            fd = -1
            unlink(temp)
            SafeFile.unregister(slot)
        }

        /// Syncs the file and moves it to `path`; an existing file is replaced only with `force`.
        public func commit(force: Bool) throws(Failure) {
            let shown = Sanitize.line(path)
            defer { SafeFile.unregister(slot) }
            // Checked again at the last moment: a FIFO or device may have appeared since the start.
            if let refusal = SafeFile.refusal(path) {
                abort()
                throw Failure(description: refusal)
            }
            flush()
            guard fd >= 0 else { throw Failure(description: "\(shown): write failed") }
            if failed == nil && fsync(fd) != 0 { failed = errno }
            close(fd)
            fd = -1
            if let e = failed {
                unlink(temp)
                throw Failure(description: "\(shown): write failed: \(String(cString: strerror(e)))")
            }
            if force {
                guard rename(temp, path) == 0 else {
                    let why = reason()
                    unlink(temp)
                    throw Failure(description: "\(shown): cannot replace: \(why)")
                }
            } else {
                let linked = link(temp, path) == 0
                let err = errno
                unlink(temp)
                guard linked else {
                    throw Failure(description: err == EEXIST || exists(path) ? "\(shown) already exists; use --force to replace it" : "\(shown): cannot create: \(String(cString: strerror(err)))")
                }
            }
            // The rename is durable only once the directory itself is synced.
            let dfd = open(SafeFile.split(path).dir, O_RDONLY)
            if dfd >= 0 { fsync(dfd); close(dfd) }
        }
    }

    public static func reason() -> String { String(cString: strerror(errno)) }
}
