/// A one-line text editor for the bottom row: typing inserts, Enter applies, Esc cancels.
public struct LineEditor: Equatable, Sendable {
    /// The longest text the editor takes, in characters.
    public static let maxLength = 2000

    public private(set) var text: [Character]
    /// The insertion point, 0...text.count.
    public private(set) var cursor: Int
    /// Why the last Enter or key was refused (an empty text, a full editor), shown next to the editor.
    public var problem = ""

    public init(_ text: String) {
        self.text = Array(text.prefix(Self.maxLength))
        cursor = self.text.count
    }

    /// What a key did.
    public enum Outcome: Equatable, Sendable { case editing, submit(String), cancel }

    /// Applies one key.
    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .enter: return .submit(String(text))
        case .escape, .ctrlC: return .cancel
        case .left: cursor = max(cursor - 1, 0)
        case .right: cursor = min(cursor + 1, text.count)
        case .home: cursor = 0
        case .end: cursor = text.count
        case .backspace:
            if cursor > 0 { text.remove(at: cursor - 1); cursor -= 1 }
        case .delete:
            if cursor < text.count { text.remove(at: cursor) }
        case .ctrlU:
            text.removeSubrange(0..<cursor)
            cursor = 0
        case .char(let c):
            // Tabs and controls never enter the text; a tab is a space between words.
            let typed: Character = c == "\t" ? " " : c
            guard typed.isTerminalSafe else { break }
            // A paste longer than the editor takes is cut, and the editor says so rather than stop in silence.
            guard text.count < Self.maxLength else {
                problem = "full: \(Self.maxLength) characters at most"
                return .editing
            }
            text.insert(typed, at: cursor)
            cursor += 1
            regroup()
        default: break
        }
        problem = ""
        return .editing
    }

    /// Joins what a terminal sends one code point at a time into the characters a reader sees (a flag's two
    /// letters, an accent after its letter), so Delete, Backspace and the arrows take a character whole.
    private mutating func regroup() {
        let lo = max(cursor - 2, 0), hi = min(cursor + 1, text.count)
        let local = Array(String(text[lo..<hi]))
        guard local.count != hi - lo else { return }
        let before = Array(String(text[lo..<cursor])).count
        text.replaceSubrange(lo..<hi, with: local)
        cursor = lo + min(before, local.count)
    }
}
