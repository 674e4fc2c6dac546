/// How wide the layout's number cells are: numbers or a heatmap, and the columns a cell grows by
/// (a big terminal, the zoom key, values that need them to read exactly).
extension ScreenLayout {
    /// Numbers or heatmap, and how wide a number cell is; returns the input's columns per position.
    ///
    /// Numbers while at least half the positions and a whole window fit (the view scrolls), a heatmap beyond that.
    /// Cells grow by the zoom key's columns, and by 2 more while every position still fits on a big terminal
    /// (160×48), or where the values in view (`widest`, their longest exact text) need them to read exactly.
    mutating func chooseCells(positions: Int, window: Int, usable: Int, state: AppState, widest: () -> Int) -> Int {
        // A window wider than the view would hide taps the products read: a heatmap shows them all.
        numbers = (positions * Self.numberCellWidth <= 2 * usable && window * Self.numberCellWidth <= usable) || state.zoom == .numbers
        if state.zoom == .heatmap { numbers = false }
        guard numbers else { return 1 }
        let big = width >= 140 && height >= 40 ? 2 : 0
        let fits = max(usable / max(positions, 1) - Self.outputCellWidth, 0)
        // The big terminal's columns only where every position fits.
        var extra = min(big, fits)
        // A value's exact text needs its length and a gap: up to 3 more columns (`-0.15625`) while the view still
        // shows half the positions and a whole window (the values are read only then, so a long input costs nothing).
        if extra < Self.exactInputGrowth, positions * (Self.numberCellWidth + extra + 1) <= 2 * usable {
            let need = min(max(widest() + 1 - Self.numberCellWidth, 0), Self.exactInputGrowth)
            if need > extra, positions * (Self.numberCellWidth + need) <= 2 * usable, window * (Self.numberCellWidth + need) <= usable { extra = need }
        }
        // The zoom key's columns too, short of pushing a tap off screen.
        let zoom = min(state.cellGrowth, max(usable / max(window, 1) - Self.numberCellWidth - extra, 0))
        zoomColumns = zoom
        growth = extra + zoom
        return Self.numberCellWidth + growth
    }

    /// Numbers or heatmap for the output, and its cell width: numbers with the input's, or when every output fits
    /// as a number. Where every output fits, values that need it (`-0.3125`) get up to 5 more columns to read exactly.
    mutating func chooseOutputCells(outputs: Int, usable: Int, state: AppState, widest: () -> Int) -> Int {
        outputNumbers = numbers || (state.zoom != .heatmap && outputs * (Self.outputCellWidth + growth) <= usable)
        guard outputNumbers else { return 1 }
        let room = outputs > 0 ? usable / outputs - Self.outputCellWidth : 0
        let need = room > growth ? min(max(widest() + 1 - Self.outputCellWidth, 0), Self.exactOutputGrowth) : 0
        return Self.outputCellWidth + max(growth, min(need, room))
    }

    /// The rows a heatmap's scale reads: every row while that costs at most four million reads (`cost` each),
    /// so a shade never changes because another row scrolled into view; else the rows `shown`.
    static func scaleRows(shown: Range<Int>, of total: Int, cost: Int) -> Range<Int> {
        total * max(cost, 1) <= 1 << 22 ? 0..<total : shown.clamped(to: 0..<max(total, 0))
    }

    /// Columns an input cell may grow by to show its values exactly, and an output cell (a sigmoid's `0.11920292`).
    static let exactInputGrowth = 3, exactOutputGrowth = 5
    /// The longest text each can then show.
    static var exactInputText: Int { numberCellWidth - 1 + exactInputGrowth }
    static var exactOutputText: Int { outputCellWidth - 1 + exactOutputGrowth }

    /// The longest exact text among `values` (`-0.3125` is 7) of those `limit` columns can hold:
    /// a sigmoid's long digits never widen cells that could not show them whole anyway.
    static func widestText(_ values: some Sequence<Float>, limit: Int) -> Int {
        values.reduce(0) { widest, v in
            let n = NumberText.exact(v).count
            return n <= limit ? max(widest, n) : widest
        }
    }

    /// Columns per product when words head them ('friends' takes 9 with its quotes): as wide as the longest
    /// quoted word needs, up to 15, where `fits` says every tap still fits beside the kernel; else `current`.
    static func productCell(words: [String]?, atLeast current: Int, fits: (Int) -> Bool) -> Int {
        guard let words else { return current }
        let longest = words.lazy.map(\.displayWidth).max() ?? 0
        for cell in stride(from: min(max(longest + 3, ComputationPanel.wideCellWidth), 15), through: current + 1, by: -1) where fits(cell) {
            return cell
        }
        return current
    }
}
