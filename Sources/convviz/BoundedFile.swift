import ConvViz
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a user's file without trusting it: only a regular file, and never more than a cap.
enum BoundedFile {
    /// The file's bytes, or a one-line reason naming `shown` (the path as the user wrote it).
    static func read(_ path: String, maxBytes: Int, shown: String) -> Result<[UInt8], WordsError> {
        let name = Sanitize.line(shown)
        // stat, not lstat: a link to a regular file is read as the file (a link to a device is still refused below).
        var st = stat()
        guard stat(path, &st) == 0 else {
            // A name with bytes that are not UTF-8 reaches the program already repaired (U+FFFD): not the file's name.
            if let repaired = SafeFile.repairedNameRefusal(shown, doing: "open") { return .failure(WordsError(repaired)) }
            return .failure(WordsError("'\(name)': no such file"))
        }
        // A FIFO or a device (/dev/zero) could be endless; a directory is never meant.
        guard st.st_mode & S_IFMT == S_IFREG else {
            return .failure(WordsError("'\(name)' is not a regular file"))
        }
        let size = Int(st.st_size)
        guard size <= maxBytes else {
            return .failure(WordsError("'\(name)' is \(size >> 20) MB; the largest file read is \(maxBytes >> 20) MB"))
        }
        // Opened without blocking and checked again on the open file: one swapped for a FIFO after the
        // stat above would otherwise hang the open.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .failure(WordsError("'\(name)' cannot be read (permission denied?)")) }
        var opened = stat()
        guard fstat(fd, &opened) == 0, opened.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            return .failure(WordsError("'\(name)' is not a regular file"))
        }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        defer { try? handle.close() }
        // The file may grow between the check and the read, so the read is capped too.
        let data = (try? handle.read(upToCount: maxBytes + 1)) ?? Data()
        guard data.count <= maxBytes else {
            return .failure(WordsError("'\(name)' is larger than \(maxBytes >> 20) MB, the largest file read"))
        }
        return .success([UInt8](data))
    }

    /// The largest JSON file `compute`, `summary` and `--model` read; `JSONParser.maxValues` bounds what it may hold.
    static let maxJSONBytes = 256 << 20
    /// The largest demo script (a million short lines is about 10 MB; `DemoParser.maxLines` caps the lines).
    static let maxScriptBytes = 32 << 20

    /// A file, or standard input for `-`, as one line of error (a CLIExit) when it cannot be read whole within `maxBytes`.
    static func input(_ path: String, maxBytes: Int) throws -> Data {
        if path == "-" {
            // A pipe may be endless (cat /dev/zero |): read at most one byte more than the cap.
            var data = Data()
            var buffer = [UInt8](repeating: 0, count: 1 << 20)
            while data.count <= maxBytes {
                // read(2) itself: a directory or a closed descriptor on standard input is an error to report, not a trap.
                let n = buffer.withUnsafeMutableBytes { Glibc.read(0, $0.baseAddress, min($0.count, maxBytes + 1 - data.count)) }
                if n == 0 { return data }
                if n < 0 {
                    if errno == EINTR { continue }
                    throw CLIExit(message: "standard input cannot be read: \(String(cString: strerror(errno)).lowercased())")
                }
                data.append(contentsOf: buffer[0..<n])
            }
            throw CLIExit(message: "standard input is larger than \(maxBytes >> 20) MB, the largest input read")
        }
        switch read(path, maxBytes: maxBytes, shown: path) {
        case .success(let bytes): return Data(bytes)
        case .failure(let e): throw CLIExit(message: e.description)
        }
    }
}
