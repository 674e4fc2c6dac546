/// The output y: positions across, one row per filter; computed cells show values, pending ones a dot.
struct OutputPanel {
    func render(_ ctx: RenderContext, into grid: inout Grid) {
        let r = ctx.layout.output, view = ctx.layout.outputView, state = ctx.state
        guard let trace = state.trace else { return }
        let layer = trace.layer, spec = layer.spec
        let current = state.stepIndex
        let orderText = state.order == .positionMajor ? "position-major" : "filter-major"
        var title = "Output y: \(plural(layer.outputLength, "position")) \(ctx.glyphs.times) \(plural(spec.filters, "filter"))"
        if spec.filters > ctx.layout.filterRows {
            let first = ctx.layout.firstFilter, last = first + ctx.layout.filterRows - 1
            title += " (f\(first)\(ctx.glyphs == .ascii ? "-" : "–")f\(last) shown)"
        }
        ctx.titleLine(title, in: r, into: &grid, trailing: orderText)
        let cw = view.cellWidth
        ctx.positionAxis(view, label: ctx.layout.numbers ? "pos" : "p", y: r.y + 1, words: state.outputWords, into: &grid)
        let scale = ctx.layout.numbers ? 0 : visibleScale(ctx, trace: trace)
        let readers = Set(state.selectedInput.map { layer.geometry.readers(ofInput: $0).map(\.position) } ?? [])
        for row in 0..<ctx.layout.filterRows {
            let f = ctx.layout.firstFilter + row
            guard f < spec.filters else { break }
            let y = r.y + 2 + row
            grid.put("f\(f)", x: 1, y: y, style: f == state.cursor.filter ? .title : .label)
            for j in view.positions {
                guard let x = view.column(of: j) else { continue }
                let index = trace.index(position: j, filter: f)
                let isCurrent = index == current
                if index > current {
                    // In the heatmap a dot would read as a zero, so pending cells stay blank there.
                    let dot = cw == 1 ? " " : " " + String(ctx.glyphs.pending).leftPadded(to: cw - 1)
                    grid.put(dot, x: x, y: y, style: readers.contains(j) ? .reader : .pending)
                    continue
                }
                let v = Step(layer: layer, index: index, position: j, filter: f).value
                var style: Style = isCurrent ? .current : ctx.signStyle(v)
                if readers.contains(j) && !isCurrent { style = .reader }
                if ctx.layout.numbers {
                    grid.put(" " + NumberText.fit(v, width: cw - 1).leftPadded(to: cw - 1), x: x, y: y, style: style)
                    if style.hasBackground { grid.restyle(x: x, y: y, count: 1, style: .plain) }
                } else {
                    grid.put(String(ctx.heatGlyph(v, scale: scale)), x: x, y: y, style: style)
                }
            }
        }
    }

    /// The largest computed magnitude on screen, so the heatmap uses its full ramp.
    private func visibleScale(_ ctx: RenderContext, trace: Trace) -> Float {
        var m: Float = 0
        let current = ctx.state.stepIndex
        for row in 0..<ctx.layout.filterRows where ctx.layout.firstFilter + row < trace.layer.spec.filters {
            for j in ctx.layout.outputView.positions {
                let i = trace.index(position: j, filter: ctx.layout.firstFilter + row)
                if i <= current { m = max(m, abs(trace[i].value)) }
            }
        }
        return m
    }
}
