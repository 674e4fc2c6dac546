/// Where each panel goes for a state at a terminal size; views draw into it and clicks are resolved by it.
public struct ScreenLayout: Equatable, Sendable {
    /// Below this size the explorer shows a "too small" message instead of panels.
    public static let minWidth = 60, minHeight = 18
    /// Columns per position when numbers are shown.
    public static let numberCellWidth = 6
    /// Columns per output position: outputs are sums of products and need one more digit (`1.1875`).
    public static let outputCellWidth = 7

    public let width: Int
    public let height: Int
    public var tooSmall: Bool { width < Self.minWidth || height < Self.minHeight }

    public var header = Rect(x: 0, y: 0, width: 0, height: 0)
    /// The model strip: every layer with its output shape (a model only).
    public var strip = Rect(x: 0, y: 0, width: 0, height: 0)
    public var caption = Rect(x: 0, y: 0, width: 0, height: 0)
    public var input = Rect(x: 0, y: 0, width: 0, height: 0)
    public var kernel = Rect(x: 0, y: 0, width: 0, height: 0)
    public var computation = Rect(x: 0, y: 0, width: 0, height: 0)
    public var output = Rect(x: 0, y: 0, width: 0, height: 0)
    public var status = Rect(x: 0, y: 0, width: 0, height: 0)
    /// Spare rows between the output and the status line, for the formulas.
    public var notes = Rect(x: 0, y: 0, width: 0, height: 0)
    /// Channel rows visible in the input, kernel and computation panels.
    public var channelRows = 0
    /// Taps shown in the kernel and in the products, the same in both, so that a weight and its product line up.
    public var taps = 0
    /// Filter rows visible in the output panel.
    public var filterRows = 0
    /// First filter row shown (the output panel follows the current filter).
    public var firstFilter = 0
    /// Columns per weight in the kernel panel: six, or eight (as a product has) when the weights need
    /// them to read exactly and every tap still fits.
    public var kernelCellWidth = ScreenLayout.numberCellWidth
    /// Columns per product: eight, or ten beside the wider weights when every tap still fits.
    public var productCellWidth = ComputationPanel.cellWidth
    /// Width of the row labels (`c12 `, `f3 `).
    public var gutter = 5
    /// True when values are drawn as numbers, false for the heatmap.
    public var numbers = true
    /// True when the output is drawn as numbers: as the input is, or when all of a short output fits
    /// (six class probabilities after a heatmap of 100 features read better as numbers).
    public var outputNumbers = true
    /// Columns added to the input's number cells (zoom key, big terminals, values that need them); output cells add at least as many.
    public var growth = 0
    /// The zoom key's columns that fit (a window filling the view leaves fewer than asked), for the status line.
    public var zoomColumns = 0
    public var inputView = PositionViewport(first: 0, count: 0, x: 0, cellWidth: 1)
    public var outputView = PositionViewport(first: 0, count: 0, x: 0, cellWidth: 1)

    public init(state: AppState, width: Int, height: Int) {
        self.width = width
        self.height = height
        guard !tooSmall else { return }
        let spec = state.spec
        var stripRows = state.model == nil ? 0 : 1
        // A caption, else a notice, else a clicked output's dependencies, wraps onto up to three rows:
        // a notice saying what a key changed is read whole.
        let shown = !state.caption.isEmpty ? state.caption : !state.notice.isEmpty ? state.notice
            : DependencyNote.text(state, glyphs: .unicode) ?? ""
        var captionRows = shown.isEmpty ? 1 : max(CaptionBar.lines(shown, width: width).count, 1)
        // A Conv1D's whole Keras call is shown, on a second row when it is long.
        var headerRows = state.otherStage == nil ? 1 + HeaderView.callLines(state, width: width - 2).count : 2
        if state.model != nil, case .failure? = state.stage { headerRows = 1 + StageHeader.failureCallLines(state, width: width - 2).count }
        // On the smallest screens the panels keep a row each: the key hints give way first, then a long
        // caption's later rows (its last row shown ends in "…"), then the model strip (the header names the layer),
        // then a long call's later rows (a PyTorch F.pad and nn.Conv1d at 60 columns; its last row ends in "…").
        // Either kind of layer needs 16 rows besides these: its fixed rows and one row of each panel.
        func short() -> Bool { height - 16 - (headerRows - 2 + stripRows + captionRows - 1) < 0 }
        while short(), captionRows > (shown.isEmpty ? 0 : 1) { captionRows -= 1 }
        if short() { stripRows = 0 }
        while short(), headerRows > 2 { headerRows -= 1 }
        // Rows taken above the panels beyond a two-row header and one caption row.
        let top = headerRows - 2 + stripRows + captionRows - 1
        header = Rect(x: 0, y: 0, width: width, height: headerRows)
        if stripRows > 0 { strip = Rect(x: 0, y: headerRows, width: width, height: 1) }
        caption = Rect(x: 0, y: headerRows + stripRows, width: width, height: captionRows)
        status = Rect(x: 0, y: height - 1, width: width, height: 1)
        // The rows the panels would have under a one-row caption: the output's filter page is cut to
        // them, so a caption that wraps for a while hides a filter row or two instead of turning the page.
        let usualTop = top - (captionRows - 1)
        if let other = state.otherStage {
            layOut(other, state: state, top: top, usualTop: usualTop)
            return
        }

        // Fixed rows: header 2, strip 0 or 1, caption 1, status 1, panel titles, axis and sum rows 9.
        let avail = height - 13 - top
        (channelRows, filterRows) = Self.convRows(avail: avail, channels: spec.channels, filters: spec.filters)
        let pageRows = Self.convRows(avail: height - 13 - usualTop, channels: spec.channels, filters: spec.filters).filters
        let spare = max(avail - 2 * channelRows - filterRows, 0)
        let gap = spare >= 2 ? 1 : 0

        gutter = Self.gutter(numbered: max(spec.channels, spec.filters), labels: state.inputLabels)
        let inputHeight = 3 + channelRows
        input = Rect(x: 0, y: 3 + top, width: width, height: inputHeight)
        let middleY = input.y + inputHeight + gap
        let middleHeight = 4 + channelRows
        let labelWidth = ComputationPanel.labelWidth(gutter: gutter)
        let k = spec.kernelSize
        // Finer weights (a model's fan-in scaled -0.0625) get wider cells, and so do their products,
        // as far as every tap still fits: exact numbers first, then as many taps as before.
        if state.wideKernel {
            let kernelWide = KernelPanel.width(taps: k, of: k, gutter: gutter, cell: ComputationPanel.cellWidth)
            if kernelWide + ComputationPanel.width(taps: k, of: k, labelWidth: labelWidth) <= width { kernelCellWidth = ComputationPanel.cellWidth }
            if kernelWide + ComputationPanel.width(taps: k, of: k, labelWidth: labelWidth, cell: ComputationPanel.wideCellWidth) <= width {
                productCellWidth = ComputationPanel.wideCellWidth
            }
        }
        let kernelPart = KernelPanel.width(taps: k, of: k, gutter: gutter, cell: kernelCellWidth)
        productCellWidth = Self.productCell(words: state.inputAxisWords?.positions, atLeast: productCellWidth) {
            kernelPart + ComputationPanel.width(taps: k, of: k, labelWidth: labelWidth, cell: $0) <= width
        }
        let kernelWidth = Self.kernelWidth(kernelSize: k, gutter: gutter, labelWidth: labelWidth, width: width,
                                           cell: kernelCellWidth, productCell: productCellWidth)
        kernel = Rect(x: 0, y: middleY, width: kernelWidth, height: middleHeight)
        computation = Rect(x: kernelWidth, y: middleY, width: width - kernelWidth, height: middleHeight)
        taps = min(KernelPanel.taps(fitting: kernel.width, of: spec.kernelSize, gutter: gutter, cell: kernelCellWidth),
                   ComputationPanel.taps(fitting: computation.width, of: spec.kernelSize, labelWidth: labelWidth, cell: productCellWidth))
        output = Rect(x: 0, y: middleY + middleHeight + gap, width: width, height: 2 + filterRows)
        let notesY = output.y + output.height + 1
        notes = Rect(x: 0, y: notesY, width: width, height: min(max(status.y - notesY, 0), 3))

        let plan = state.layer.map(\.plan).value ?? PaddingPlan(left: 0, right: 0, outputLength: 0)
        let lo = -plan.left, hi = spec.length - 1 + plan.right
        let usable = width - gutter - 1
        let channels = (state.channelScroll..<(state.channelScroll + channelRows)).clamped(to: 0..<spec.channels)
        // A layer Keras refuses draws no window: its input keeps its numbers, the values a learner checks the error against.
        let cw = chooseCells(positions: hi - lo + 1, window: state.layer.value == nil ? 1 : spec.span, usable: usable, state: state) {
            guard let layer = state.layer.value, lo <= hi else { return 0 }
            return state.widestText.width(.init(output: false, rows: channels)) {
                Self.widestText((lo...hi).lazy.flatMap { p in channels.lazy.map { layer.value(at: p, channel: $0) } }, limit: Self.exactInputText)
            }
        }
        let window = state.currentStep.map { $0.layer.geometry.window(output: $0.position) } ?? (lo...lo)
        inputView = .following(window, within: lo, hi, x: gutter, width: usable, cellWidth: cw, pinned: state.positionScroll,
                                holdPin: state.pannedAtStep == state.stepIndex)
        let outLen = max(plan.outputLength, 0)
        let cursor = state.cursor.position
        firstFilter = Self.firstRow(showing: state.cursor.filter, rows: filterRows, page: pageRows, of: spec.filters)
        let filters = (firstFilter..<(firstFilter + filterRows)).clamped(to: 0..<spec.filters)
        let outputCell = chooseOutputCells(outputs: outLen, usable: usable, state: state) {
            guard let layer = state.layer.value, outLen * filters.count * spec.kernelSize * spec.channelsPerGroup <= 1 << 20 else { return 0 }
            return state.widestText.width(.init(output: true, rows: filters)) {
                Self.widestText((0..<outLen).lazy.flatMap { j in filters.lazy.map { state.output(layer, position: j, filter: $0) } }, limit: Self.exactOutputText)
            }
        }
        outputView = .following(cursor...cursor, within: 0, outLen - 1, x: gutter, width: usable, cellWidth: outputCell)
        alignOutputUnderInput(state: state, window: window, lo: lo, hi: hi, outLen: outLen, inputCell: cw, outputCell: outputCell, usable: usable)
    }

    /// The kernel panel's width: two fifths of the screen (at least 36) when both it and the products
    /// show every tap; otherwise split so that the two show the same taps, as many as fit.
    static func kernelWidth(kernelSize k: Int, gutter: Int, labelWidth: Int, width: Int,
                            cell: Int = ScreenLayout.numberCellWidth, productCell: Int = ComputationPanel.cellWidth) -> Int {
        let preferred = min(max(KernelPanel.width(taps: k, of: k, gutter: gutter, cell: cell), 36), width * 2 / 5)
        if preferred >= KernelPanel.width(taps: k, of: k, gutter: gutter, cell: cell),
           width - preferred >= ComputationPanel.width(taps: k, of: k, labelWidth: labelWidth, cell: productCell) { return preferred }
        for n in stride(from: k, to: 1, by: -1) {
            let kernel = KernelPanel.width(taps: n, of: k, gutter: gutter, cell: cell)
            let products = ComputationPanel.width(taps: n, of: k, labelWidth: labelWidth, cell: productCell)
            if kernel + products <= width { return max(kernel, min(preferred, width - products)) }
        }
        return preferred
    }

    /// The first output row shown so that row `current` is in view: rows turn by pages, as positions do,
    /// so the rows filled before the current one stay on screen (four steps fill c0–c3, all in view).
    static func firstRow(showing current: Int, rows: Int, of total: Int) -> Int {
        guard rows > 0 else { return 0 }
        return min((max(current, 0) / rows) * rows, max(total - rows, 0))
    }

    /// The first of `rows` rows showing `current`, on the pages of `page` rows the panel usually has:
    /// fewer rows for a while keep the page's start unless `current` would fall below them.
    static func firstRow(showing current: Int, rows: Int, page: Int, of total: Int) -> Int {
        guard rows > 0 else { return 0 }
        let first = firstRow(showing: current, rows: max(page, rows), of: total)
        return min(max(first, max(current, 0) - rows + 1), max(total - rows, 0))
    }

    /// A Conv1D's channel rows (input, kernel and products) and filter rows, given `avail` rows for them.
    static func convRows(avail: Int, channels: Int, filters: Int) -> (channels: Int, filters: Int) {
        let wantF = min(filters, max(1, avail / 3))
        let c = min(channels, max(1, (avail - wantF) / 2))
        return (c, min(filters, max(1, avail - 2 * c)))
    }

    /// The first input row a layer's panel shows: the one scrolled to, unless the step reads a single channel
    /// off screen (a pool at c31 while c0–c5 show), which is then brought to the middle of the rows.
    static func firstInputRow(scroll: Int, shown: Int, of total: Int, reading channel: Int?) -> Int {
        guard let c = channel, shown > 0, c < scroll || c >= scroll + shown else { return scroll }
        return min(max(c - shown / 2, 0), max(total - shown, 0))
    }

    /// Room for row labels: `c12`, or the longest channel name (up to 10 columns, longer ones end in "…").
    static func gutter(numbered rows: Int, labels: InputLabels?) -> Int {
        let named = labels?.channels?.map(\.displayWidth).max() ?? 0
        return max("c\(rows - 1)".count + 2, min(named + 2, 12), 5)
    }

    /// The action a click at (x, y) stands for: an output cell jumps there, an input cell shows its readers.
    public func action(forClickAt x: Int, _ y: Int, state: AppState) -> Action? {
        guard !tooSmall else { return nil }
        if state.otherStage != nil {
            let row = y - output.y - 2
            guard output.contains(x, y), row >= 0, row < filterRows, let j = outputView.position(atColumn: x) else { return nil }
            return .selectOutput(position: j, filter: firstFilter + row)
        }
        if output.contains(x, y) {
            let row = y - output.y - 2
            guard row >= 0, row < filterRows, let j = outputView.position(atColumn: x) else { return nil }
            return .selectOutput(position: j, filter: firstFilter + row)
        }
        if input.contains(x, y) {
            let row = y - input.y - 2
            guard row >= 0, row < channelRows, let p = inputView.position(atColumn: x) else { return nil }
            return p >= 0 && p < state.spec.length ? .selectInput(p) : nil
        }
        return nil
    }
}
