/// The input of a layer that is not a Conv1D: the previous layer's real output, with the cells the step reads lit.
struct StageInputPanel {
    func render(_ ctx: RenderContext, stage: Stage, step: StageStep?, into grid: inout Grid) {
        let r = ctx.layout.input, view = ctx.layout.inputView, state = ctx.state
        let x = stage.inputMatrix
        let source = state.stageInputSource
        let what: String
        switch stage {
        case .embedding: what = "token ids"
        case .dense(let d) where d.isVector: what = "\(plural(d.inputs, "feature"))"
        default:
            what = x.columns == 1 && stage.isOnVector ? "\(plural(x.rows, "value"))" : "\(plural(x.rows, "position")) \(ctx.glyphs.times) \(plural(x.columns, "channel"))"
        }
        var trailing = ""
        if case .pool(let p) = stage {
            if let t = p.torch {
                let past = max(p.padRight - t.padding, 0)
                trailing = (t.padding == 0 ? "padding 0" : "pad \(t.padding) each side \(Self.padRole(p))") + (past > 0 ? ", \(past) past the end" : "")
            } else if p.padLeft + p.padRight > 0 {
                trailing = "pad \(p.padLeft) left \(ctx.glyphs.vertical) \(p.padRight) right \(Self.padRole(p))"
            }
        }
        // Which channel rows are shown, as the Conv1D's input says, so a cut-off panel never looks whole.
        let top = Self.firstRow(ctx, rows: x.columns, reading: step?.readChannel)
        var shown = ""
        if !stage.isTokens && !stage.isOnVector && x.columns > ctx.layout.channelRows {
            let last = min(top + ctx.layout.channelRows, x.columns) - 1
            shown = ctx.rowsShown("c\(top)", "c\(last)")
        }
        // Where the input comes from is the first thing to give up when the pool's padding needs the room.
        let full = "Input: \(what)\(shown), \(source)"
        let fits = trailing.isEmpty || full.displayWidth + trailing.displayWidth + 9 <= r.width
        ctx.titleLine(fits ? full : "Input: \(what)\(shown)", in: r, into: &grid, trailing: trailing)

        let cw = view.cellWidth
        let labels = stage.isOnVector ? nil : state.inputLabels
        // A vector's index is a feature (x[i] in the Dense's sum), not a position.
        ctx.positionAxis(view, label: stage.isOnVector ? "i" : ctx.layout.numbers ? "pos" : "p", y: r.y + 1, length: x.rows,
                         words: stage.isOnVector ? nil : state.inputAxisWords, into: &grid)
        let winner = step?.winner
        // PyTorch's pads hold a value (−inf for a max, 0 for an average); Keras's hold nothing.
        var padText = String(ctx.glyphs.padCell)
        // Cells a ceil_mode window reads past PyTorch's padding hold nothing: PyTorch clips the window there.
        var padReach = Int.max / 2
        if case .pool(let p) = stage, let t = p.torch { padText = p.kind == .max ? "-inf" : "0"; padReach = t.padding }
        let scale = ctx.layout.numbers ? 0 : Self.heatScale(ctx, stage: stage, reading: step?.readChannel)
        let names = state.channelNames(afterLayer: state.stageIndex - 1)
        let dependent = state.currentDependency.last
        for row in 0..<ctx.layout.channelRows {
            let c = top + row
            guard c < x.columns else { break }
            let y = r.y + 2 + row
            grid.put(stage.isTokens || stage.isOnVector ? rowLabel(stage, c) : ctx.channelLabel(c, labels: labels, width: ctx.layout.gutter - 1), x: 1, y: y, style: .label)
            if !stage.isOnVector { ctx.rowName(names, c, after: view, y: y, into: &grid) }
            for p in view.positions {
                guard let col = view.column(of: p) else { continue }
                let isPad = p < 0 || p >= x.rows
                let v: Float = isPad ? 0 : x[p, c]
                var style: Style = isPad ? .pad : ctx.signStyle(v)
                if let step, !isPad, step.reads(position: p, channel: c) { style = .window }
                // A pad cell PyTorch's count_include_pad counts in the divisor is part of the window too.
                if case .pool(let s)? = step, isPad, c == s.channel, s.divisor > s.count, s.taps.contains(p),
                   p >= -padReach, p < x.rows + padReach { style = .window }
                if let w = winner, w.position == p, w.channel == c { style = .tap }
                if dependent?.contains(p) == true, !isPad, style != .window, style != .tap { style = .reader }
                if ctx.layout.numbers {
                    let text = isPad ? (p < -padReach || p >= x.rows + padReach ? String(ctx.glyphs.padCell) : padText) : (stage.isTokens ? String(Int(v)) : NumberText.fit(v, width: cw - 1))
                    grid.put(" " + text.leftPadded(toColumns: cw - 1), x: col, y: y, style: style)
                    grid.restyle(x: col, y: y, count: 1, style: .plain)
                } else {
                    grid.put(String(isPad ? ctx.glyphs.padCell : ctx.heatGlyph(v, scale: scale)), x: col, y: y, style: style)
                }
            }
        }
        if let step {
            var text = " \(StageText.reads(step, stage: stage, order: state.tensorOrder, ellipsis: ctx.glyphs.ellipsis))"
            if let words = ctx.quotedWords(step.readPositions, labels: labels) { text += " (\(words))" }
            grid.put(text.fitted(to: r.width - 2, ellipsis: ctx.glyphs.ellipsis), x: 1, y: r.y + r.height - 1, style: .label, maxWidth: r.width - 2)
        }
    }

    private func rowLabel(_ stage: Stage, _ c: Int) -> String {
        if stage.isTokens { return "id" }
        if stage.isOnVector { return "x" }
        return "c\(c)"
    }

    private static func visibleScale(_ ctx: RenderContext, _ x: Matrix, top: Int) -> Float {
        let positions = ctx.layout.inputView.positions
        var m: Float = 0
        for c in ScreenLayout.scaleRows(shown: top..<(top + ctx.layout.channelRows), of: x.columns, cost: positions.count) {
            for p in positions where p >= 0 && p < x.rows { m = max(m, abs(x[p, c])) }
        }
        return m
    }

    /// The largest magnitude the input heatmap spans. A layer that passes values through (Dropout,
    /// Flatten) shares one scale with its output, so the same value has the same shade in both.
    static func heatScale(_ ctx: RenderContext, stage: Stage, reading channel: Int?) -> Float {
        let input = visibleScale(ctx, stage.inputMatrix, top: firstRow(ctx, rows: stage.inputMatrix.columns, reading: channel))
        guard case .pass = stage else { return input }
        return max(input, StageOutputPanel.scale(ctx, stage: stage))
    }

    /// The first channel row shown: the one scrolled to, unless the step reads a single channel
    /// off screen (a pool at c31 while c0–c5 show), which is then brought to the middle of the rows.
    static func firstRow(_ ctx: RenderContext, rows total: Int, reading channel: Int?) -> Int {
        ScreenLayout.firstInputRow(scroll: ctx.state.channelScroll, shown: ctx.layout.channelRows, of: total, reading: channel)
    }
}

extension Stage {
    /// True when the input is token ids.
    var isTokens: Bool {
        if case .embedding = self { return true }
        return false
    }

    /// True when the input is a vector `(n,)`, drawn as one row.
    var isOnVector: Bool {
        switch self {
        case .dense(let d): return d.isVector
        case .pass(let p): return p.input.isVector
        default: return false
        }
    }
}

extension StageInputPanel {
    /// What a pool's pad cells do: Keras ignores them; PyTorch's are −∞ for a max, and zeros
    /// that count in an average's divisor with `count_include_pad`.
    static func padRole(_ p: PoolLayer) -> String {
        guard let t = p.torch else { return "(ignored)" }
        if p.kind == .max { return "(-inf, never win)" }
        return t.countIncludePad ? "(0, counted)" : "(ignored)"
    }
}
