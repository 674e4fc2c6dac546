import ConvMath
import Testing
@testable import ConvViz

/// The one-line text editor (key `e`): applying, cancelling, its limit, and a long text's cuts.
@Suite struct TextEditorTests {
    /// A paste longer than the editor takes stops at its limit, and the editor says so.
    @Test func aFullEditorSaysItIsFull() {
        var editor = LineEditor("")
        for i in 0..<(LineEditor.maxLength + 5) { _ = editor.handle(.char(i % 5 == 4 ? " " : "w")) }
        #expect(editor.text.count == LineEditor.maxLength)
        #expect(editor.problem == "full: 2000 characters at most")
        _ = editor.handle(.backspace)
        #expect(editor.problem.isEmpty, "a key that works clears it")
    }

    /// On a screen too small to draw, only the quit keys act: nothing changes a layer nobody can see.
    @Test func aTooSmallScreenTakesOnlyQuit() {
        var session = Session(state: AppState())
        let before = session.state.spec
        for key in [Key.char("K"), .char("f"), .right, .char("e"), .char("r")] { session.handle(.key(key), at: 0, width: 50, height: 12) }
        #expect(session.state.spec == before && session.state.stepIndex == 0 && session.state.editor == nil)
        session.handle(.key(.char("q")), at: 0, width: 50, height: 12)
        #expect(session.state.shouldQuit)
    }

    /// Delete removes the character under the cursor, and a script names it.
    @Test func deleteRemovesTheCharacterUnderTheCursor() {
        var editor = LineEditor("abc")
        _ = editor.handle(.home)
        _ = editor.handle(.delete)
        #expect(String(editor.text) == "bc")
        _ = editor.handle(.end)
        _ = editor.handle(.delete)
        #expect(String(editor.text) == "bc", "nothing under the cursor at the end")
        #expect(Key(name: "Delete") == .delete && Key(name: "del") == .delete)
    }

    /// A flag or an accent typed one code point at a time is one character: Delete and Backspace take it whole.
    @Test func codePointsTypedApartMakeOneCharacter() {
        var editor = LineEditor("")
        for scalar in "a🇫🇷bcafe\u{301}".unicodeScalars { _ = editor.handle(.char(Character(scalar))) }
        #expect(editor.text == ["a", "🇫🇷", "b", "c", "a", "f", "e\u{301}"], "\(editor.text)")
        _ = editor.handle(.backspace)
        #expect(String(editor.text) == "a🇫🇷bcaf", "the accent went with its letter")
        for _ in 0..<5 { _ = editor.handle(.left) }
        _ = editor.handle(.delete)
        #expect(String(editor.text) == "abcaf", "the flag went whole")
    }

    /// A paste is text: its line breaks become spaces in the editor, and outside the editor it runs no key.
    @Test func aPasteIsTypedAsText() throws {
        var session = Session(state: AppState())
        session.handle(.paste("quit\nreseed"), at: 0, width: 100, height: 30)
        #expect(!session.state.shouldQuit && session.state.editor == nil)
        #expect(session.state.notice == "pasted text goes into the text editor: press e first")
        session.press(.char("e"), at: 0)
        session.press(.ctrlU, at: 0)
        session.handle(.paste("a good film\r\nquite\tbad\u{1B}[31m"), at: 0, width: 100, height: 30)
        #expect(session.state.editor.map { String($0.text) } == "a good film quite bad[31m")
        #expect(Session.pastedKeys("a\n\nb\u{0B}c\u{0C}d\r\ne").map(\.name) == ["a", "Space", "b", "Space", "c", "Space", "d", "Space", "e"],
                "a run of line breaks is one space; a page break or a vertical tab separates words too")
        #expect(!session.state.shouldQuit)
    }

    @Test func theEditorAppliesOnEnterAndCancelsOnEscape() throws {
        var session = Session(state: AppState())
        session.press(.char("e"), at: 0)
        #expect(session.state.editor != nil)
        for c in "not bad" { session.press(.char(c), at: 0) }
        session.press(.enter, at: 0)
        #expect(session.state.editor == nil)
        guard case .words(let t) = session.state.inputSource else { Issue.record("no text"); return }
        #expect(t.sentence.words == ["not", "bad"])
        session.press(.char("e"), at: 0)
        // The editor takes the bottom row, with the text and what Enter and Esc do.
        let bottom = Screen().render(session.state, width: 80, height: 24).lines[23]
        #expect(bottom.hasPrefix(" text: not bad ") && bottom.contains("Enter apply  Esc cancel"))
        for _ in 0..<7 { session.press(.backspace, at: 0) }
        session.press(.enter, at: 0)
        #expect(session.state.editor?.problem == "the text has no words")
        #expect(Screen().render(session.state, width: 80, height: 24).lines[23].contains("the text has no words"))
        session.press(.escape, at: 0)
        #expect(session.state.editor == nil && session.state.spec.length == 2)
        // Ctrl-U clears what is before the cursor, so a new sentence needs no Backspace per letter.
        session.press(.char("e"), at: 0)
        session.press(.left, at: 0)
        session.press(.ctrlU, at: 0)
        #expect(session.state.editor?.text == ["d"] && session.state.editor?.cursor == 0)
        #expect(Screen().render(session.state, width: 80, height: 24).lines[23].contains("Ctrl-U clear"))
        #expect(Key(name: "C-u") == .ctrlU && Key(name: "ctrl-u") == .ctrlU)
        // On a screen too small to show it, the editor gives way to the "press q" the screen asks for.
        session.handle(.key(.char("q")), at: 0, width: 40, height: 10)
        #expect(session.state.shouldQuit)
    }

    /// A text longer than the row scrolls with the cursor, and a cut on either side ends in "…".
    @Test func aLongTextInTheEditorIsMarkedWhereItIsCut() {
        var session = Session(state: AppState())
        session.press(.char("e"), at: 0)
        for _ in 0..<20 { session.press(.backspace, at: 0) }
        let words = (0..<30).map { "w\($0)" }.joined(separator: " ")
        for c in words { session.press(.char(c), at: 0) }
        func row() -> String { Screen().render(session.state, width: 80, height: 24).lines[23] }
        /// Whether the shown text ends in "…", just before the hint.
        func cutOnTheRight() -> Bool {
            let r = row()
            return r.components(separatedBy: "  Enter apply")[0].trimmingCharacters(in: .whitespaces).hasSuffix("…")
        }
        #expect(row().hasPrefix(" text: …") && row().contains("w28 w29 ") && !row().contains("w0 "), "the end, cut on the left: \(row())")
        #expect(!cutOnTheRight(), "at the end nothing is cut on the right: \(row())")
        session.press(.home, at: 0)
        #expect(row().hasPrefix(" text: w0 w1") && cutOnTheRight(), "the start, cut on the right: \(row())")
        for _ in 0..<60 { session.press(.right, at: 0) }
        #expect(row().hasPrefix(" text: …") && cutOnTheRight(), "the middle, cut on both sides: \(row())")
        #expect(row().contains("w17"), "the cursor's word shows: \(row())")
    }
}
