/// The output of a layer that is not a Conv1D, filling in step by step.
struct StageOutputPanel {
    func render(_ ctx: RenderContext, trace: LayerTrace<Stage>, into grid: inout Grid) {
        let r = ctx.layout.output, view = ctx.layout.outputView, state = ctx.state
        let stage = trace.layer
        let vector = stage.outputChannels == 1 && stage.outputsVector
        var title = vector ? "Output y: \(plural(stage.outputLength, "value"))"
            : "Output y: \(plural(stage.outputLength, "position")) \(ctx.glyphs.times) \(plural(stage.outputChannels, "channel"))"
        if !vector && stage.outputChannels > ctx.layout.filterRows {
            let first = ctx.layout.firstFilter, last = min(first + ctx.layout.filterRows, stage.outputChannels) - 1
            title += ctx.rowsShown("c\(first)", "c\(last)")
        }
        // A vector has one axis: no order to name, and its index is no position.
        ctx.titleLine(title, in: r, into: &grid, trailing: vector ? "" : state.order == .positionMajor ? "position-major" : "channel-major")
        let cw = view.cellWidth
        ctx.positionAxis(view, label: vector ? stage.vectorAxis : ctx.layout.outputNumbers ? "pos" : "p", y: r.y + 1, words: state.outputWords, numbers: ctx.layout.outputNumbers, into: &grid)
        let current = state.stepIndex
        // Each visible cell's value once: the heatmap's scale reads them all, computed yet or not.
        let shown = ctx.layout.firstFilter..<min(ctx.layout.firstFilter + ctx.layout.filterRows, stage.outputChannels)
        let length = stage.outputLength
        let inView: [[Float]] = shown.map { f in view.positions.map { $0 >= 0 && $0 < length ? stage.value(position: $0, channel: f) : 0 } }
        var scale: Float = 0
        if !ctx.layout.outputNumbers, case .pass = stage {
            scale = StageInputPanel.heatScale(ctx, stage: stage, reading: trace.isEmpty ? nil : trace[current].readChannel)
        } else if !ctx.layout.outputNumbers {
            scale = Self.scale(ctx, stage: stage, shown: shown, inView: inView)
        }
        for row in 0..<ctx.layout.filterRows {
            let f = ctx.layout.firstFilter + row
            guard f < stage.outputChannels else { break }
            let y = r.y + 2 + row
            let name = vector ? "y" : ctx.channelLabel(f, labels: state.outputWords, width: ctx.layout.gutter - 1)
            grid.put(name, x: 1, y: y, style: f == state.cursor.filter ? .title : .label)
            for (i, j) in view.positions.enumerated() {
                guard let x = view.column(of: j) else { continue }
                let index = trace.index(position: j, filter: f)
                if index > current {
                    let dot = cw == 1 ? " " : " " + String(ctx.glyphs.pending).leftPadded(toColumns: cw - 1)
                    grid.put(dot, x: x, y: y, style: .pending)
                    continue
                }
                let v = inView[row][i]
                let style: Style = index == current ? .current : ctx.signStyle(v)
                if ctx.layout.outputNumbers {
                    grid.put(" " + NumberText.fit(v, width: cw - 1).leftPadded(toColumns: cw - 1), x: x, y: y, style: style)
                    if index != current { grid.restyle(x: x, y: y, count: 1, style: .plain) }
                } else {
                    grid.put(String(index == current ? ctx.currentHeatGlyph(v, scale: scale) : ctx.heatGlyph(v, scale: scale)), x: x, y: y, style: style)
                }
            }
        }
    }
}

extension Stage {
    /// The name of a vector output's one axis: a global pool's channels, a Dense's units, else features.
    var vectorAxis: String {
        switch self {
        case .globalPool: return "c"
        case .dense: return "u"
        default: return "i"
        }
    }

    /// True when the Keras output is a vector `(n,)`.
    var outputsVector: Bool {
        switch self {
        case .globalPool(let g): return !g.spec.keepdims
        case .dense(let d): return d.isVector
        case .pass(let p): return p.outputShape.count == 1
        default: return false
        }
    }
}

extension StageOutputPanel {
    /// The largest magnitude among the outputs at the positions in view, computed yet or not (so a value keeps
    /// its shade as the steps go on), of every channel where that is cheap (so scrolling keeps it too).
    static func scale(_ ctx: RenderContext, stage: Stage, shown: Range<Int> = 0..<0, inView: [[Float]] = []) -> Float {
        let view = ctx.layout.outputView, first = ctx.layout.firstFilter
        var m = inView.joined().reduce(Float(0)) { max($0, abs($1)) }
        let length = stage.outputLength
        for c in ScreenLayout.scaleRows(shown: first..<(first + ctx.layout.filterRows), of: stage.outputChannels, cost: view.positions.count * stage.valueCost)
        where !shown.contains(c) {
            for j in view.positions where j >= 0 && j < length { m = max(m, abs(stage.value(position: j, channel: c))) }
        }
        return m
    }
}
