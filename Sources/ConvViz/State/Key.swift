/// A key press, as the backend decodes it and as demo scripts name it.
public enum Key: Hashable, Sendable {
    case char(Character)
    case up, down, left, right, home, end, pageUp, pageDown
    case escape, enter, tab, backTab, backspace, ctrlC
    /// The Delete key: in the text editor, deletes the character under the cursor.
    case delete
    /// Ctrl-U: in the text editor, clears the text before the cursor (as a shell does).
    case ctrlU

    /// The space bar.
    public static let space = Key.char(" ")

    /// The name a demo script uses for this key (`Right`, `Space`, `k`, …), and recording writes.
    public var name: String {
        switch self {
        case .char(" "): return "Space"
        // A character a script line could not hold as written (a lone accent would join the space before it,
        // a zero-width joiner is invisible) is named by its code points: U+301, U+1F468+200D+1F469.
        case .char(let c) where c.unicodeScalars.contains(where: Key.needsCodePoints):
            return "U+" + c.unicodeScalars.map { String($0.value, radix: 16, uppercase: true) }.joined(separator: "+")
        case .char(let c): return String(c)
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .escape: return "Escape"
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .ctrlC: return "C-c"
        case .ctrlU: return "C-u"
        }
    }

    /// Every named (non-character) key, for parsing and suggestions.
    public static let namedKeys: [Key] = [.space, .up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .escape, .enter, .tab, .backTab, .backspace, .delete, .ctrlC, .ctrlU]

    /// Parses a key name: a named key (case-insensitive, with a few aliases) or one printable character.
    public init?(name: String) {
        let aliases: [String: Key] = ["esc": .escape, "pageup": .pageUp, "pagedown": .pageDown, "ctrl-c": .ctrlC, "ctrl-u": .ctrlU, "return": .enter, "spacebar": .space, "shift-tab": .backTab, "backtab": .backTab, "del": .delete]
        if let k = Key.namedKeys.first(where: { $0.name.lowercased() == name.lowercased() }) ?? aliases[name.lowercased()] {
            self = k
        } else if name.count > 1, name.hasPrefix("U+"), let c = Key.character(codePoints: name.dropFirst(2)) {
            self = .char(c)
        } else if name.count == 1, let c = name.first, c.isTerminalSafe, c != " " {
            self = .char(c)
        } else {
            return nil
        }
    }

    /// True for a code point a script's key line cannot show as written: a combining mark, an invisible character.
    static func needsCodePoints(_ u: Unicode.Scalar) -> Bool {
        DemoTokenizer.invisible(u) || [.nonspacingMark, .spacingMark, .enclosingMark].contains(u.properties.generalCategory)
    }

    /// The one character that hex code points joined by "+" make (`1F468+200D+1F469`), or nil.
    static func character(codePoints: Substring) -> Character? {
        var text = ""
        for part in codePoints.split(separator: "+", omittingEmptySubsequences: false) {
            guard (1...6).contains(part.count), let v = UInt32(part, radix: 16), let u = Unicode.Scalar(v) else { return nil }
            text.unicodeScalars.append(u)
        }
        guard text.count == 1, let c = text.first, c.isTerminalSafe else { return nil }
        return c
    }

    /// How the help and status line show the key.
    public var label: String {
        switch self {
        case .left: return "←"
        case .right: return "→"
        case .up: return "↑"
        case .down: return "↓"
        case .escape: return "Esc"
        case .ctrlC: return "Ctrl-C"
        case .ctrlU: return "Ctrl-U"
        default: return name
        }
    }

    /// The label in plain ASCII.
    public var asciiLabel: String {
        switch self {
        case .left: return "Left"
        case .right: return "Right"
        case .up: return "Up"
        case .down: return "Down"
        default: return label
        }
    }
}
