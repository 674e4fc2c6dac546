import ConvViz
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A line on a terminal's standard error while a headless run takes more than a second,
/// so that a slow script (a ten-million-step layer reseeded again and again) never looks like a hang.
///
/// Nothing is written when standard error is not a terminal (a log or a pipe gets no progress lines), nor when
/// the frames themselves go to that terminal. The line names the file without its folder and is cut to the
/// terminal's width, so that `\r` and an erase always take it back.
final class HeadlessProgress {
    private let name: String
    private let enabled: Bool
    private let start = ContinuousClock.now
    private var lastShown: ContinuousClock.Instant?
    private var shown = false

    init(file: String, framesToTerminal: Bool) {
        name = Sanitize.line((file as NSString).lastPathComponent)
        enabled = isatty(2) != 0 && !framesToTerminal
    }

    /// Frame `n`, at `time` seconds of the script, was drawn.
    func frame(_ n: Int, time: Double) {
        guard enabled else { return }
        let now = ContinuousClock.now
        guard now - start > .seconds(1) else { return }
        if let last = lastShown, now - last < .milliseconds(250) { return }
        lastShown = now
        shown = true
        var size = winsize()
        let width = ioctl(2, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
        let line = "convviz: \(name): frame \(n), \(String(format: "%.1f", time)) s into the script…"
        Self.write("\r\u{1B}[K" + line.fitted(to: width - 1, ellipsis: "…"))
    }

    /// Clears the line, so the shell's prompt or an error starts on a clean row.
    func finish() {
        if shown { Self.write("\r\u{1B}[K") }
    }

    private static func write(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { Glibc.write(2, $0.baseAddress, $0.count) }
    }
}
