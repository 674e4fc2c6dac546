/// Renders the whole explorer for a state at a size: the single entry point views are drawn from.
public struct Screen {
    public let keyMap: KeyMap
    public let glyphs: Glyphs
    /// Keys handled before the key map (a played script's presenter keys), listed in the help as their own section.
    public let extraKeys: (title: String, rows: [(keys: String, help: String)])?

    public init(keyMap: KeyMap = .standard, glyphs: Glyphs = .unicode, extraKeys: (title: String, rows: [(keys: String, help: String)])? = nil) {
        self.keyMap = keyMap
        self.glyphs = glyphs
        self.extraKeys = extraKeys
    }

    /// Draws `state` into a new grid of `width × height` cells.
    public func render(_ state: AppState, width: Int, height: Int) -> Grid {
        var grid = Grid(width: width, height: height)
        grid.clipMark = glyphs == .ascii ? "~" : "…"
        grid.theme = state.theme
        let layout = ScreenLayout(state: state, width: width, height: height)
        if layout.tooSmall {
            renderTooSmall(into: &grid)
            return grid
        }
        let ctx = RenderContext(state: state, layout: layout, glyphs: glyphs)
        ModelStrip().render(ctx, into: &grid)
        CaptionBar().render(ctx, into: &grid)
        if let stage = state.otherStage, let trace = state.stageTrace {
            let step = trace.isEmpty ? nil : trace[state.stepIndex]
            StageHeader().render(ctx, stage: stage, into: &grid)
            StageInputPanel().render(ctx, stage: stage, step: step, into: &grid)
            if let step { StageComputationPanel().render(ctx, step: step, into: &grid) }
            StageOutputPanel().render(ctx, trace: trace, into: &grid)
            let notes = layout.notes
            let noteLines = StagePoolNote.lines(ctx, stage: stage, width: notes.width - 2) + StageWordsNote.lines(ctx, stage: stage, step: step, width: notes.width - 2)
                + StageSoftmaxNote.lines(ctx, step: step, width: notes.width - 2)
            var shown = Array(noteLines.prefix(notes.height))
            if noteLines.count > shown.count, let last = shown.last {
                // Lines that do not fit are marked on the last one shown, never dropped in silence.
                shown[shown.count - 1].0 = last.0.fitted(to: notes.width - 4, ellipsis: "") + " " + ctx.glyphs.ellipsis
            }
            for (i, (text, style)) in shown.enumerated() {
                grid.put(text, x: 1, y: notes.y + i, style: style, maxWidth: notes.width - 2)
            }
        } else if state.model != nil, case .failure(let e)? = state.stage {
            StageHeader.renderFailure(ctx, error: e, into: &grid)
            ErrorPanel().render(ctx, error: e.error, into: &grid)
        } else if let error = state.layerError {
            HeaderView().render(ctx, into: &grid)
            InputPanel().render(ctx, into: &grid)
            ErrorPanel().render(ctx, error: error, into: &grid)
        } else {
            HeaderView().render(ctx, into: &grid)
            InputPanel().render(ctx, into: &grid)
            KernelPanel().render(ctx, into: &grid)
            ComputationPanel().render(ctx, into: &grid)
            OutputPanel().render(ctx, into: &grid)
            NotesPanel().render(ctx, into: &grid)
        }
        StatusLine(keyMap: keyMap).render(ctx, into: &grid)
        if state.showHelp { HelpOverlay(keyMap: keyMap, extraKeys: extraKeys).render(ctx, into: &grid) }
        if state.showLegend { LegendOverlay().render(ctx, into: &grid) }
        return grid
    }

    private func renderTooSmall(into grid: inout Grid) {
        let lines = [
            "Terminal too small: \(grid.width)x\(grid.height)",
            "convviz needs \(ScreenLayout.minWidth)x\(ScreenLayout.minHeight)",
            "Enlarge it, or press q",
        ]
        for (i, line) in lines.enumerated() {
            let y = grid.height / 2 - 1 + i
            grid.put(line, x: max((grid.width - line.count) / 2, 0), y: y, style: i == 0 ? .error : .plain)
        }
    }
}
