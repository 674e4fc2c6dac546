import ConvViz
#if canImport(Glibc)
import Glibc
#endif

/// Standard output written whole, or a one-line reason why not.
///
/// `print` and `FileHandle.write` either drop a failed write in silence (a full disk loses a
/// report with exit 0) or trap; a report that cannot be written is an error like any other.
/// A closed pipe (`| head`) still ends the program by SIGPIPE, as for any Unix filter.
enum StandardOutput {
    static func write(_ text: String) throws(CLIExit) { try write(Array(text.utf8)) }

    static func write(_ bytes: [UInt8]) throws(CLIExit) {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(1, $0.baseAddress! + done, $0.count - done) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 {
                // A write of nothing would loop for ever; it is an I/O error like any other.
                throw CLIExit(message: "cannot write to standard output: \(String(cString: strerror(n < 0 ? errno : EIO)))")
            }
            done += n
        }
    }
}
