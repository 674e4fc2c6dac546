/// A horizontal window onto a run of positions: which ones are visible and at which columns.
public struct PositionViewport: Equatable, Sendable {
    /// The first visible position (negative for left pad cells).
    public var first: Int
    /// How many positions are visible.
    public var count: Int
    /// The column of the first visible position.
    public var x: Int
    /// Columns per position.
    public var cellWidth: Int
    /// True when positions before the first visible one exist (the axis marks them).
    public var moreBefore = false
    /// True when positions after the last visible one exist.
    public var moreAfter = false
    /// The first positions the view can start at: a pan stops at either end.
    public var firsts: ClosedRange<Int> = 0...0

    /// The visible positions.
    public var positions: Range<Int> { first..<(first + count) }

    /// The column where position `p` starts, or nil when it is off screen.
    public func column(of p: Int) -> Int? {
        positions.contains(p) ? x + (p - first) * cellWidth : nil
    }

    /// The position drawn at column `col`, or nil outside the viewport.
    public func position(atColumn col: Int) -> Int? {
        guard col >= x, cellWidth > 0 else { return nil }
        let i = (col - x) / cellWidth
        return i < count ? first + i : nil
    }

    /// A viewport over `lo...hi` that shows `focus` (a span of positions), turning by pages when it must scroll.
    ///
    /// The view stays put while the focus moves inside it and then jumps by nearly a screen,
    /// so a step redraws a few cells rather than shifting every column (what a slow link pays for).
    /// A `pinned` first position (the user panned) is kept while the focus is still in view, or
    /// always when `holdPin` (the user panned at this very step, perhaps to look elsewhere).
    public static func following(_ focus: ClosedRange<Int>, within lo: Int, _ hi: Int, x: Int, width: Int, cellWidth: Int, pinned: Int? = nil, holdPin: Bool = false) -> PositionViewport {
        let total = hi - lo + 1
        if total <= width / max(cellWidth, 1) {
            return PositionViewport(first: lo, count: max(total, 0), x: x, cellWidth: cellWidth, firsts: lo...lo)
        }
        // A scrolling row of number cells ends with a space and the "more" mark: one column is kept for it.
        let visible = max((cellWidth > 1 ? width - 1 : width) / max(cellWidth, 1), 1)
        let span = focus.count
        var first: Int
        if let pinned, holdPin || (focus.lowerBound >= pinned && focus.upperBound < pinned + visible) {
            first = pinned
        } else if span >= visible {
            first = focus.lowerBound
        } else {
            // A turn shows the focus at the left edge with all the room after it: the fewest turns.
            let page = max(visible - span + 1, 1)
            first = lo + ((focus.lowerBound - lo) / page) * page
        }
        first = min(max(first, lo), hi - visible + 1)
        return PositionViewport(first: first, count: visible, x: x, cellWidth: cellWidth,
                                moreBefore: first > lo, moreAfter: first + visible - 1 < hi, firsts: lo...(hi - visible + 1))
    }
}
