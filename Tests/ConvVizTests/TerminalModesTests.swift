import Foundation
import Testing

/// Locale and colour support: ASCII under LANG=C, 256 or 8 colours, and NO_COLOR.
@Suite(.serialized, .enabled(if: endToEndUnavailable == nil, "skipped: \(endToEndUnavailable ?? "")"))
struct TerminalModesTests {
    @Test func plainASCIIWhenTheLocaleIsNotUTF8() throws {
        let t = try TmuxSession([TmuxSession.binary!], env: ["LANG": "C", "LC_ALL": "C"])
        let screen = try t.wait(for: "step 1/48")
        #expect(screen.unicodeScalars.allSatisfy { $0.isASCII }, "non-ASCII under LANG=C")
        #expect(screen.contains("-- Input x:"))
        try t.keys("q")
    }

    /// Text the locale cannot show keeps its place as "?", one per character, and the row stays aligned.
    @Test func wordsOutsideASCIIShowAsQuestionMarksUnderLANGC() throws {
        let script = try PackagePaths.tempDir("ascii").appendingPathComponent("c.convdemo")
        try "caption \"café 漢字 ok\"\nwait 30s\n".write(to: script, atomically: true, encoding: .utf8)
        let t = try TmuxSession([TmuxSession.binary!, "play", script.path], env: ["LANG": "C", "LC_ALL": "C"])
        let screen = try t.wait(for: " ok")
        // é is one cell, each of 漢 and 字 two: "?" and a space.
        #expect(screen.contains("caf? ? ?  ok"), "\(screen)")
        try t.keys("q")
    }

    /// A window wider or taller than 4096 is named as such, not taken for an unknown TERM (past 32767 ncurses fails).
    @Test func aWindowTooBigForNcursesSaysSo() throws {
        let t = try PtyTerminal([TmuxSession.binary!], width: 40_000, height: 80)
        defer { t.stop() }
        t.waitForExit(limit: 20)
        let text = String(decoding: t.bytes(from: 0), as: UTF8.self)
        #expect(text == "convviz: the terminal is 40000×80; convviz draws at most 4096 columns and rows, so make the window smaller\r\n", "\(text)")
    }

    /// Grown past 4096 while running (a hostile pty), the explorer keeps its size instead of crashing in ncurses
    /// or filling gigabytes, takes the next sane size, and quits cleanly.
    @Test func aResizePastTheLargestSideIsHeldOff() throws {
        let t = try PtyTerminal([TmuxSession.binary!], width: 100, height: 30)
        t.settle()
        for (w, h) in [(40_000, 80), (20_000, 20_000), (80, 24)] {
            t.resize(width: w, height: h)
            t.settle(quiet: 0.5, limit: 10)
        }
        t.send("q")
        t.waitForExit(limit: 20)
        #expect(!t.process.isRunning && t.process.terminationStatus == 0 && t.process.terminationReason == .exit)
    }

    @Test func colourDepthFollowsTheTerminalAndNoColor() throws {
        let rich = try TmuxSession([TmuxSession.binary!])
        try rich.wait(for: "step 1/48")
        // The screen may reach tmux in several writes; give the colours a moment to land.
        var styled = try rich.styledScreen()
        for _ in 0..<40 where !styled.contains("38;5;") {
            usleep(50_000)
            styled = try rich.styledScreen()
        }
        #expect(styled.contains("38;5;"), "256 colours expected under xterm-256color:\n\(styled.prefix(600))")
        try rich.keys("q")

        let eight = try TmuxSession([TmuxSession.binary!], env: ["TERM": "xterm"])
        try eight.wait(for: "step 1/48")
        let styled8 = try eight.styledScreen()
        #expect(!styled8.contains("38;5;") && styled8.contains("\u{1b}[3"), "8 colours expected under xterm")
        try eight.keys("q")

        let none = try TmuxSession([TmuxSession.binary!], env: ["NO_COLOR": "1"])
        try none.wait(for: "step 1/48")
        let plain = try none.styledScreen()
        let colour = try NSRegularExpression(pattern: "\u{1b}\\[[0-9;]*(3[0-7]|4[0-7]|38;5;[0-9]+|48;5;[0-9]+)m")
        #expect(colour.firstMatch(in: plain, range: NSRange(plain.startIndex..., in: plain)) == nil, "colour codes under NO_COLOR")
        try none.keys("q")
    }
}
