/// The order in which a changed frame is sent: scattered changes of one style first, in one colour run.
///
/// Curses sends a frame's changes row by row, switching colours as it goes. When a step moves a
/// highlight across many rows (the window's new column lights up on each input row, the old one
/// goes back to its sign colour), row order switches colours twice a row, and the colour codes
/// cost more than the text. Sending the lit cells first, as a frame of their own, sets their colour
/// once; the second frame then switches only between the colours left. Both frames go out back to
/// back, so the screen shows the first only while its few bytes arrive.
public enum PaintPass {
    /// The fewest colour switches worth a frame of its own.
    public static let fewestSwitches = 3
    /// The most frames sent before the one asked for: each pass redraws the whole grid in curses.
    public static let mostPasses = 3
    /// The largest grid that gets passes.
    public static let mostCells = 1_000_000

    /// The frames to send, in order, before `next` when `shown` is on screen: none when one frame is best.
    public static func frames(shown: Grid, next: Grid) -> [Grid] {
        // Each pass scans and redraws the whole grid: past a million cells (1000×1000) that costs more than it saves.
        guard next.width * next.height <= mostCells else { return [] }
        var frames: [Grid] = []
        while frames.count < mostPasses, let frame = first(shown: frames.last ?? shown, next: next) { frames.append(frame) }
        return frames
    }

    /// The grid to send before `next` when `shown` is on screen, or nil when one frame is best.
    ///
    /// It is `shown` with every lone run of changed cells in one style set as in `next`: a run bounded
    /// by unchanged cells, of one style, clear of wide characters (whose halves must go out together).
    /// The style is the one whose runs, sent in row order, would need the most colour switches. Nil
    /// when the grids differ in size or theme, or no style's runs need `fewestSwitches` switches.
    public static func first(shown: Grid, next: Grid) -> Grid? {
        guard shown.width == next.width, shown.height == next.height, shown.theme == next.theme else { return nil }
        var runs: [Style: [(y: Int, x: Int, end: Int)]] = [:]
        // Colour switches each style's lone runs cost in row order: what sending them first saves.
        var switches: [Style: Int] = [:]
        var before: Style?
        let (oldCharacters, newCharacters, oldStyles, newStyles) = (shown.characters, next.characters, shown.styles, next.styles)
        func differs(_ x: Int, _ y: Int) -> Bool {
            let i = y * next.width + x
            return oldStyles[i] != newStyles[i] || oldCharacters[i] != newCharacters[i]
        }
        for y in 0..<next.height {
            var x = 0
            while x < next.width {
                guard differs(x, y) else { x += 1; continue }
                let start = x
                while x < next.width, differs(x, y) { x += 1 }
                if let style = loneStyle(shown, next, y: y, from: start, to: x) {
                    runs[style, default: []].append((y, start, x))
                    if before != style { switches[style, default: 0] += 1 }
                }
                before = next[x - 1, y].1
            }
        }
        // Ties go to the lower style, so the same frames are sent in every run (a dictionary's order is not).
        guard let (style, count) = switches.max(by: { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }), count >= fewestSwitches,
              let chosen = runs[style] else { return nil }
        var first = shown
        for run in chosen { first.copy(next, row: run.y, columns: run.x..<run.end) }
        return first
    }

    /// The one style of cells `from..<to` in `next`, or nil when they mix styles or touch a wide character.
    private static func loneStyle(_ shown: Grid, _ next: Grid, y: Int, from: Int, to: Int) -> Style? {
        let style = next[from, y].1
        for x in from..<min(to + 1, next.width) {
            if shown[x, y].0 == Grid.continuation || next[x, y].0 == Grid.continuation { return nil }
            if x < to, next[x, y].1 != style || !isNarrow(next[x, y].0) || !isNarrow(shown[x, y].0) { return nil }
        }
        return style
    }

    /// True for a character one cell wide (the cell after it is not its continuation).
    private static func isNarrow(_ c: Character) -> Bool { DisplayWidth.of(c) == 1 }
}
