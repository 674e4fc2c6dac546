/// What a cell means, not how it looks: the backend maps each style to colours and attributes.
///
/// Snapshot tests print one character per style (`maskCharacter`) beside the text.
public enum Style: UInt8, CaseIterable, Sendable {
    case plain, dim, title, border, label, key
    case pad, padLabel
    case window, tap
    case positive, negative
    case current, pending
    case reader, unread
    case error, caption, status, overlay
    /// A key name on the status bar: its own background, so hints do not punch holes in the bar.
    case statusKey

    /// True for styles drawn on a background of their own, whose blank cells show; others' spaces look like plain ones.
    public var hasBackground: Bool {
        switch self {
        case .pad, .window, .tap, .current, .reader, .unread, .caption, .status, .overlay, .statusKey: return true
        default: return false
        }
    }

    /// One character per style for text snapshots of the style mask.
    public var maskCharacter: Character {
        switch self {
        case .plain: return "."
        case .dim: return "d"
        case .title: return "T"
        case .border: return "-"
        case .label: return "l"
        case .key: return "k"
        case .pad: return "p"
        case .padLabel: return "P"
        case .window: return "w"
        case .tap: return "t"
        case .positive: return "+"
        case .negative: return "n"
        case .current: return "C"
        case .pending: return "_"
        case .reader: return "r"
        case .unread: return "u"
        case .error: return "E"
        case .caption: return "a"
        case .status: return "s"
        case .overlay: return "o"
        case .statusKey: return "K"
        }
    }
}
