extension ScreenLayout {
    /// Lays out a layer that is not a Conv1D: its input, one computation panel across the width, its output.
    mutating func layOut(_ stage: Stage, state: AppState, top: Int, usualTop: Int) {
        let input = stage.inputMatrix
        let outChannels = stage.outputChannels
        // Fixed rows: header 2, strip, caption 1, status 1, input title/axis/marker 3, computation 5, output title/axis 2.
        let avail = height - 14 - top
        (channelRows, filterRows) = Self.stageRows(avail: avail, inputs: input.columns, outputs: outChannels)
        let pageRows = Self.stageRows(avail: height - 14 - usualTop, inputs: input.columns, outputs: outChannels).outputs
        var spare = max(avail - channelRows - filterRows, 0)
        let gap = spare >= 2 ? 1 : 0
        // A Dense's products take the rows nothing else needs, up to six more, so its sum can be checked.
        var extra = 0
        if case .dense(let d) = stage { extra = min(max(spare - 2 * gap - 3, 0), 6, max((d.inputs - 1) / 3, 0)); spare -= extra }
        // Row names on either side (an Embedding's output rows are its dimensions) keep a gap before the first cell.
        gutter = max(Self.gutter(numbered: max(input.columns, outChannels), labels: state.inputLabels),
                     Self.gutter(numbered: outChannels, labels: state.outputWords))
        self.input = Rect(x: 0, y: 3 + top, width: width, height: 3 + channelRows)
        computation = Rect(x: 0, y: self.input.y + self.input.height + gap, width: width, height: 5 + extra)
        kernel = Rect(x: 0, y: computation.y, width: 0, height: 0)
        output = Rect(x: 0, y: computation.y + computation.height + gap, width: width, height: 2 + filterRows)
        let notesY = output.y + output.height + 1
        notes = Rect(x: 0, y: notesY, width: width, height: min(max(status.y - notesY, 0), 3))

        let step = state.stageTrace.map { $0.isEmpty ? nil : $0[state.stepIndex] } ?? nil
        // A global pool reads the whole axis: the view shows where its winner is.
        var window = step?.readWindow ?? (0...0)
        if case .globalPool = stage, let winner = step?.winner { window = winner.position...winner.position }
        var lo = 0, hi = input.rows - 1
        // PyTorch's padding is on both sides even where no window reaches it: "pad 2 each side" shows two.
        if case .pool(let p) = stage { lo = -p.padLeft; hi += max(p.padRight, p.torch?.padding ?? 0) }
        let usable = width - gutter - 1
        let top = Self.firstInputRow(scroll: state.channelScroll, shown: channelRows, of: input.columns, reading: step?.readChannel)
        let rows = (top..<(top + channelRows)).clamped(to: 0..<input.columns)
        let cw = chooseCells(positions: hi - lo + 1, window: window.count, usable: usable, state: state) {
            stage.isTokens ? 0 : state.widestText.width(.init(output: false, rows: rows)) {
                Self.widestText((0..<input.rows).lazy.flatMap { p in rows.lazy.map { input[p, $0] } }, limit: Self.exactInputText)
            }
        }
        inputView = .following(window, within: lo, hi, x: gutter, width: usable, cellWidth: cw, pinned: state.positionScroll,
                                holdPin: state.pannedAtStep == state.stepIndex)
        let cursor = state.cursor.position
        firstFilter = Self.firstRow(showing: state.cursor.filter, rows: filterRows, page: pageRows, of: outChannels)
        let filters = (firstFilter..<(firstFilter + filterRows)).clamped(to: 0..<outChannels)
        let outputCell = chooseOutputCells(outputs: stage.outputLength, usable: usable, state: state) {
            // Each value is a step of its own (a global pool reads its whole channel): a costly scan is skipped.
            guard stage.outputLength * filters.count * stage.valueCost <= 1 << 20 else { return 0 }
            return state.widestText.width(.init(output: true, rows: filters)) {
                Self.widestText((0..<stage.outputLength).lazy.flatMap { j in filters.lazy.map { stage.value(position: j, channel: $0) } }, limit: Self.exactOutputText)
            }
        }
        outputView = .following(cursor...cursor, within: 0, stage.outputLength - 1, x: gutter, width: usable, cellWidth: outputCell)
    }

    /// A layer's input rows and output rows, given `avail` rows for them.
    static func stageRows(avail: Int, inputs: Int, outputs: Int) -> (inputs: Int, outputs: Int) {
        // A channel-wise layer (a pool, Dropout) maps each input row to its own output row: show as many of each.
        let wantOut = min(outputs, max(1, outputs == inputs ? avail / 2 : avail / 3))
        let i = min(inputs, max(1, avail - wantOut))
        return (i, min(outputs, max(1, avail - i)))
    }
}
