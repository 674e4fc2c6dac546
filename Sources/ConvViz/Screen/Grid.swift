/// A rectangle of character cells with styles: what views draw into and backends show.
///
/// Views never talk to a terminal; tests read a grid as plain text (`lines`) and
/// its styles as a mask (`styleLines`). Writes outside the grid are clipped.
public struct Grid: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var characters: [Character]
    public private(set) var styles: [Style]
    /// Ends any text `put` had to cut, so a clipped label never passes for a whole one ("…", or "~" in ASCII).
    public var clipMark: Character = "…"
    /// The colours the styles are shown in.
    public var theme: Theme = .dark

    public init(width: Int, height: Int) {
        self.width = max(width, 0)
        self.height = max(height, 0)
        characters = Array(repeating: " ", count: self.width * self.height)
        styles = Array(repeating: .plain, count: self.width * self.height)
    }

    /// The character and style at column x, row y.
    public subscript(x: Int, y: Int) -> (Character, Style) {
        (characters[y * width + x], styles[y * width + x])
    }

    /// The filler in the cell after a wide character: drawn by nothing, skipped by `lines`.
    public static let continuation: Character = "\u{0}"

    /// Writes `text` from column x on row y, clipped to the grid and to `maxWidth` columns.
    ///
    /// Control characters become `?`, so nothing a file says can reach the terminal as a command.
    /// A wide character (CJK, emoji) takes two cells; one that would not fit whole becomes the clip mark,
    /// and characters of no width alone are dropped, so the columns after a word stay where they are.
    /// Text cut short (anything but spaces left over) ends in `clipMark`.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        var col = x
        let limit = min(width, maxWidth.map { x + $0 } ?? width)
        // Most of what views write (ASCII, Latin-1, arrows, operators, box drawing) is one cell a
        // scalar and never joins the next into one character: no grapheme breaking needed.
        if text.unicodeScalars.allSatisfy(DisplayWidth.isSingleCell) {
            let scalars = Array(text.unicodeScalars)
            for (i, u) in scalars.enumerated() {
                if col >= limit {
                    if scalars[i...].contains(where: { $0 != " " }), col - 1 >= 0, col - 1 >= x { markClip(col - 1, y, style: style) }
                    break
                }
                if col >= 0 { setCell(col, y, Character(u), style) }
                col += 1
            }
            return col
        }
        var rest = Substring(text)
        while let ch = rest.first {
            if col >= limit {
                if rest.contains(where: { $0 != " " }), col - 1 >= 0, col - 1 >= x { markClip(col - 1, y, style: style) }
                break
            }
            rest = rest.dropFirst()
            let safe: Character = ch.isTerminalSafe ? ch : "?"
            let w = safe.isASCII ? 1 : DisplayWidth.of(safe)
            if w == 0 { continue }
            if w == 2 && col + 1 >= limit {
                if col >= 0 { setCell(col, y, clipMark, style) }
                col += 1
                break
            }
            if col >= 0 { setCell(col, y, safe, style) }
            if w == 2 {
                if col + 1 >= 0 { setCell(col + 1, y, Grid.continuation, style) }
                col += 1
            }
            col += 1
        }
        return col
    }

    /// Replaces the last cell written (or the wide character it ends) with the clip mark.
    private mutating func markClip(_ x: Int, _ y: Int, style: Style) {
        let at = characters[y * width + x] == Grid.continuation && x > 0 ? x - 1 : x
        setCell(at, y, clipMark, styles[y * width + at])
    }

    /// Sets one cell, blanking the other half of any wide character it cuts in two.
    private mutating func setCell(_ x: Int, _ y: Int, _ ch: Character, _ style: Style) {
        let i = y * width + x
        if characters[i] == Grid.continuation && ch != Grid.continuation && x > 0 { characters[i - 1] = " " }
        if x + 1 < width && characters[i + 1] == Grid.continuation && ch != Grid.continuation { characters[i + 1] = " " }
        characters[i] = ch
        styles[i] = style
    }

    /// Copies `columns` of row y from a grid of the same width, characters and styles as they are.
    mutating func copy(_ source: Grid, row y: Int, columns: Range<Int>) {
        for x in columns.clamped(to: 0..<min(width, source.width)) where y >= 0 && y < min(height, source.height) {
            characters[y * width + x] = source.characters[y * source.width + x]
            styles[y * width + x] = source.styles[y * source.width + x]
        }
    }

    /// Sets the style of `count` cells from (x, y) without changing their characters.
    public mutating func restyle(x: Int, y: Int, count: Int, style: Style) {
        guard y >= 0, y < height else { return }
        for col in max(x, 0)..<min(x + count, width) where col >= 0 {
            styles[y * width + col] = style
        }
    }

    /// Fills a rectangle with one character and style.
    public mutating func fill(_ rect: Rect, with ch: Character = " ", style: Style = .plain) {
        for row in max(rect.y, 0)..<min(rect.y + rect.height, height) {
            for col in max(rect.x, 0)..<min(rect.x + rect.width, width) {
                setCell(col, row, ch, style)
            }
        }
    }

    /// The rows as text, trailing spaces kept, so snapshots show the full width (a wide character's second cell is its own).
    public var lines: [String] {
        (0..<height).map { String(characters[$0 * width..<($0 + 1) * width].filter { $0 != Grid.continuation }) }
    }

    /// The rows of the style mask, one `Style.maskCharacter` per cell.
    public var styleLines: [String] {
        (0..<height).map { row in String(styles[row * width..<(row + 1) * width].map(\.maskCharacter)) }
    }

    /// The rows as text with trailing spaces trimmed: what a headless frame keeps.
    ///
    /// Trimmed on the cells before any string is built, since a headless run does this for every screen it draws.
    public var trimmedLines: [String] {
        (0..<height).map { row in
            let start = row * width
            var end = start + width
            while end > start && characters[end - 1] == " " { end -= 1 }
            var line = ""
            line.reserveCapacity(end - start)
            for c in characters[start..<end] where c != Grid.continuation { line.append(c) }
            return line
        }
    }

    /// The whole grid as text, one line per row with trailing spaces trimmed.
    public var text: String {
        trimmedLines.joined(separator: "\n")
    }
}

extension Character {
    /// False for C0/C1 controls, DEL and other characters that would move the cursor or start a sequence.
    var isTerminalSafe: Bool {
        guard let v = unicodeScalars.first?.value else { return false }
        if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) { return false }
        return unicodeScalars.count == 1 || !unicodeScalars.contains { $0.value < 0x20 }
    }
}
