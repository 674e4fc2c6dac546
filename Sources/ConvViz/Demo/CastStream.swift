/// The output events of a cast, each frame written as the changes from the one before.
///
/// A changed row is rewritten from its first changed cell: only the changed middle when
/// the text after it keeps its columns, else the rest of the row and an erase to its end.
/// Columns count wide characters as two, as the screen does.
public struct CastStream {
    /// The previous frame's rows as drawn, and as written (sanitized); nil before the first frame.
    private var previous: (drawn: [String], written: [String])?

    public init() {}

    /// The output event for `f`: the whole screen first, then only what changed.
    public mutating func event(_ f: HeadlessRecorder.Frame) -> String {
        guard let old = previous, old.drawn.count == f.lines.count else {
            let rows = f.lines.map { Sanitize.line($0) }
            previous = (f.lines, rows)
            return CastWriter.line(f.time, "o", CastWriter.repaint(rows))
        }
        // Only changed rows are sanitized again: most of a frame is the frame before.
        var rows = old.written
        var data = ""
        for y in f.lines.indices where f.lines[y] != old.drawn[y] {
            rows[y] = Sanitize.line(f.lines[y])
            if rows[y] != old.written[y] { data += Self.change(from: old.written[y], to: rows[y], row: y) }
        }
        previous = (f.lines, rows)
        // When most of the screen changed, a repaint is the shorter way to say it.
        let repaintBytes = rows.reduce(7 + 2 * (rows.count - 1)) { $0 + $1.utf8.count }
        return CastWriter.line(f.time, "o", data.utf8.count < repaintBytes ? data : CastWriter.repaint(rows))
    }

    /// What turns row `y` from `old` into `new`: a cursor move, the new text, and an erase when the row got shorter.
    static func change(from old: String, to new: String, row y: Int) -> String {
        // Most rows are scalars of one cell each that never join into one character: compared as
        // scalars they need no grapheme breaking, which is most of what a cast costs to write.
        let o = Array(old.unicodeScalars), n = Array(new.unicodeScalars)
        if o.allSatisfy(DisplayWidth.isSingleCell) && n.allSatisfy(DisplayWidth.isSingleCell) {
            return change(from: o, to: n, row: y, width: { $0.count }, text: { String(String.UnicodeScalarView($0)) })
        }
        return change(from: Array(old), to: Array(new), row: y, width: width, text: { String($0) })
    }

    /// `change` on the row's units (scalars of one cell each, or characters), with their width and text.
    private static func change<U: Equatable>(from old: [U], to new: [U], row y: Int,
                                             width: (ArraySlice<U>) -> Int, text: (ArraySlice<U>) -> String) -> String {
        var p = 0
        while p < old.count, p < new.count, old[p] == new[p] { p += 1 }
        var s = 0
        while s < old.count - p, s < new.count - p, old[old.count - 1 - s] == new[new.count - 1 - s] { s += 1 }
        let column = width(new[..<p])
        let oldMiddle = old[p..<(old.count - s)], newMiddle = new[p..<(new.count - s)]
        let move = "\u{1B}[\(y + 1);\(column + 1)H"
        if s > 0 && width(oldMiddle) == width(newMiddle) { return move + text(newMiddle) }
        return move + text(new[p...]) + (width(old[...]) > width(new[...]) ? "\u{1B}[K" : "")
    }

    private static func width(_ text: ArraySlice<Character>) -> Int {
        text.reduce(0) { $0 + ($1.isASCII ? 1 : DisplayWidth.of($1)) }
    }
}
