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
/// writers cannot both "win" the check-then-write race.
public enum SafeFile {
    /// Why a file could not be written; `description` is one line for the user.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// True when something already exists at `path`.
    public static func exists(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0
    }

    /// Writes `text` to `path`; an existing file is replaced only with `force`.
    public static func write(_ text: String, to path: String, force: Bool) throws(Failure) {
        let shown = Sanitize.line(path)
        let slash = path.lastIndex(of: "/")
        let dir = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let temp = (dir.isEmpty ? "" : dir + "/") + ".\(name).tmp-\(getpid())"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else { throw Failure(description: "\(shown): cannot write in \(Sanitize.line(dir)): \(reason())") }
        var bytes = Array(text.utf8)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.write(fd, $0.baseAddress! + done, $0.count - done) }
            if n <= 0 { break }
            done += n
        }
        let synced = fsync(fd) == 0
        close(fd)
        guard done == bytes.count, synced else {
            let why = reason()
            unlink(temp)
            throw Failure(description: "\(shown): write failed: \(why)")
        }
        if force {
            guard rename(temp, path) == 0 else {
                let why = reason()
                unlink(temp)
                throw Failure(description: "\(shown): cannot replace: \(why)")
            }
        } else {
            let linked = link(temp, path) == 0
            let why = reason()
            unlink(temp)
            guard linked else {
                throw Failure(description: errno == EEXIST || exists(path) ? "\(shown) already exists; use --force to replace it" : "\(shown): cannot create: \(why)")
            }
        }
        // The rename is durable only once the directory itself is synced.
        let dfd = open(dir.isEmpty ? "/" : dir, O_RDONLY)
        if dfd >= 0 { fsync(dfd); close(dfd) }
    }

    private static func reason() -> String { String(cString: strerror(errno)) }
}
