/// A rectangle of character cells with styles: what views draw into and backends show.
///
/// Views never talk to a terminal; tests read a grid as plain text (`lines`) and
/// its styles as a mask (`styleLines`). Writes outside the grid are clipped.
public struct Grid: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var characters: [Character]
    public private(set) var styles: [Style]

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

    /// Writes `text` from column x on row y, clipped to the grid and to `maxWidth` columns.
    ///
    /// Control characters become `?`, so nothing a file says can reach the terminal as a command.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        var col = x
        let limit = min(width, maxWidth.map { x + $0 } ?? width)
        for ch in text {
            if col >= limit { break }
            if col >= 0 {
                let safe: Character = ch.isTerminalSafe ? ch : "?"
                characters[y * width + col] = safe
                styles[y * width + col] = style
            }
            col += 1
        }
        return col
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
                characters[row * width + col] = ch
                styles[row * width + col] = style
            }
        }
    }

    /// The rows as text, trailing spaces kept, so snapshots show the full width.
    public var lines: [String] {
        (0..<height).map { String(characters[$0 * width..<($0 + 1) * width]) }
    }

    /// The rows of the style mask, one `Style.maskCharacter` per cell.
    public var styleLines: [String] {
        (0..<height).map { row in String(styles[row * width..<(row + 1) * width].map(\.maskCharacter)) }
    }

    /// The whole grid as text, one line per row with trailing spaces trimmed.
    public var text: String {
        lines.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
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
