import ConvViz
#if canImport(Glibc)
import Glibc
#endif

/// A clean, intended exit with a one-line message: bad input, an impossible layer, no terminal.
struct CLIExit: Error {
    var message: String
    var code: Int32 = 1

    /// Prints the message (if any) to stderr and exits with the code.
    ///
    /// Messages often quote what the user or a file said, so they pass through
    /// `Sanitize.line` here, once, rather than at every place that builds one.
    func finish() -> Never {
        if !message.isEmpty { writeStderr("convviz: \(Sanitize.errorLine(message))\n") }
        exit(code)
    }
}

/// Writes text to standard error, unbuffered.
func writeStderr(_ text: String) {
    var bytes = Array(text.utf8)
    _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
}
