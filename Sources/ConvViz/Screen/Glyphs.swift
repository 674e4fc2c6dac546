/// The characters a screen is drawn with: Unicode when the locale is UTF-8, plain ASCII otherwise.
public struct Glyphs: Sendable, Equatable {
    public var horizontal: Character
    public var vertical: Character
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    /// Heatmap ramp, weakest to strongest magnitude.
    public var ramp: [Character]
    public var pending: Character
    /// A pad cell in the heatmap, unlike any value (a zero is `pending`, a small value `ramp[1]`).
    public var padCell: Character
    public var arrow: String
    public var ellipsis: String
    public var times: String
    /// The multiplication sign between a value and a weight (× reads as a variable x in ASCII).
    public var product: String
    public var play: String
    public var pause: String
    public var windowMark: Character
    public var tapMark: Character
    public var sum: String
    /// Marks on a position axis: more positions off screen to the left, to the right.
    public var moreLeft: Character
    public var moreRight: Character
    /// Between the ends of a range of names (`c0–c8`, `layers 1–4`).
    public var dash: String
    /// Beside "rec" while a session is recorded.
    public var recording: String

    /// Box drawing and block shades, for UTF-8 terminals.
    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        ramp: [" ", "░", "▒", "▓", "█"], pending: "·", padCell: "╳", arrow: "→", ellipsis: "…",
        times: "×", product: "·", play: "▶", pause: "‖", windowMark: "─", tapMark: "▲", sum: "Σ",
        moreLeft: "‹", moreRight: "›", dash: "–", recording: "●")

    /// Only printable ASCII, for `LANG=C` and other non-UTF-8 locales.
    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        ramp: [" ", ":", "+", "*", "#"], pending: ".", padCell: "x", arrow: "->", ellipsis: "...",
        times: "x", product: "*", play: ">", pause: "||", windowMark: "-", tapMark: "^", sum: "sum",
        moreLeft: "<", moreRight: ">", dash: "-", recording: "*")
}
