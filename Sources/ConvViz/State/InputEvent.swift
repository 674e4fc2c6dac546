/// Something that happened at the terminal: a key, a click, a resize.
public enum InputEvent: Equatable, Sendable {
    case key(Key)
    /// A left click at column x, row y (0-based).
    case click(x: Int, y: Int)
    /// A mouse wheel turn: negative up, positive down.
    case wheel(Int)
    case resize(width: Int, height: Int)
    /// Text the terminal marked as pasted (bracketed paste): typed into the text editor, never run as keys.
    case paste(String)
    /// A signal or a closed terminal: leave at once.
    case hangup
}
