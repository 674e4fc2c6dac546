import Foundation
import Testing

/// Pasting into the real binary in tmux, which brackets a paste when the program asks it to.
@Suite(.serialized, .enabled(if: endToEndUnavailable == nil, "skipped: \(endToEndUnavailable ?? "")"))
struct PasteTests {
    /// Two pasted lines go into the text editor as one text: the "q" of "quite" quits nothing.
    @Test func aPastedLineBreakIsNoEnter() throws {
        let t = try TmuxSession([TmuxSession.binary!, "--text", "the plot was good"], width: 100, height: 30)
        _ = try t.wait(for: "the  plot")
        try t.keys("e", "C-u")
        _ = try t.tmux(["set-buffer", "a good film\nquite bad"])
        _ = try t.tmux(["paste-buffer", "-p", "-t", "main"])
        try t.keys("Enter")
        // The input's word row, not the editor's line (which shows the text before Enter is read).
        let screen = try t.wait(for: " a  good  film quite   bad")
        #expect(!screen.contains("[exited"), "\(screen)")
        #expect(try t.terminalFlags().alternate, "still running")
        try t.keys("q")
        try t.wait(for: "[exited 0]")
    }

    /// Inside the marks nothing acts as a key: a DEL (curses's Backspace), arrows, Ctrl-Z and colour codes are dropped from the text.
    @Test func keysInsideAPasteAreDropped() throws {
        let t = try TmuxSession([TmuxSession.binary!, "--text", "the plot was good"], width: 100, height: 30)
        _ = try t.wait(for: "the  plot")
        try t.keys("e", "C-u")
        // A colour code is dropped whole, and an ESC just before the end mark does not hide it.
        let paste = "\u{1B}[200~ab\u{7F}cd\u{1B}[D\u{1B}[Dyy\u{1A}\u{1B}[31mef\u{1B}\u{1B}[201~"
        try t.bytes(contentsOf: paste)
        try t.keys("Enter")
        let screen = try t.wait(for: " abcdyyef ")
        #expect(!screen.contains("[exited"), "\(screen)")
        try t.keys("q")
        try t.wait(for: "[exited 0]")
    }
}
