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
            title += ctx.rowsShown("f\(first)", "f\(last)")
        }
        ctx.titleLine(title, in: r, into: &grid, trailing: orderText)
        let cw = view.cellWidth
        ctx.positionAxis(view, label: ctx.layout.outputNumbers ? "pos" : "p", y: r.y + 1, words: state.outputWords, numbers: ctx.layout.outputNumbers, into: &grid)
        // Each visible cell once: the heatmap's scale reads them all, computed yet or not, so a value
        // keeps its shade as the steps go on; the cells show only the computed ones.
        let rows = (0..<ctx.layout.filterRows).map { ctx.layout.firstFilter + $0 }.filter { $0 < spec.filters }
        let inView: [[Float]] = rows.map { f in view.positions.map { state.output(layer, position: $0, filter: f) } }
        let values: [[Float?]] = zip(rows, inView).map { f, row in
            zip(view.positions, row).map { j, v in trace.index(position: j, filter: f) <= current ? v : nil }
        }
        var scale = ctx.layout.outputNumbers ? 0 : inView.joined().reduce(Float(0)) { max($0, abs($1)) }
        if !ctx.layout.outputNumbers, let shown = rows.first.map({ $0..<($0 + rows.count) }) {
            // Every filter's outputs in view where that is cheap, so scrolling the rows never reshades a value.
            let cost = view.positions.count * spec.kernelSize * spec.channelsPerGroup
            if ScreenLayout.scaleRows(shown: shown, of: spec.filters, cost: cost).count == spec.filters {
                for j in view.positions { scale = max(scale, state.largestOutput(layer, position: j)) }
            }
        }
        let readers = Set(state.selectedInput.map { layer.geometry.readers(ofInput: $0).map(\.position) } ?? [])
        let names = state.channelNames(afterLayer: state.stageIndex)
        for (row, f) in rows.enumerated() {
            let y = r.y + 2 + row
            grid.put("f\(f)", x: 1, y: y, style: f == state.cursor.filter ? .title : .label)
            ctx.rowName(names, f, after: view, y: y, into: &grid)
            for (i, j) in view.positions.enumerated() {
                guard let x = view.column(of: j) else { continue }
                let isCurrent = trace.index(position: j, filter: f) == current
                guard let v = values[row][i] else {
                    // In the heatmap a dot would read as a zero, so pending cells stay blank there.
                    let dot = cw == 1 ? " " : " " + String(ctx.glyphs.pending).leftPadded(toColumns: cw - 1)
                    grid.put(dot, x: x, y: y, style: readers.contains(j) ? .reader : .pending)
                    continue
                }
                var style: Style = isCurrent ? .current : ctx.signStyle(v)
                if readers.contains(j) && !isCurrent { style = .reader }
                if ctx.layout.outputNumbers {
                    grid.put(" " + NumberText.fit(v, width: cw - 1).leftPadded(toColumns: cw - 1), x: x, y: y, style: style)
                    if style.hasBackground { grid.restyle(x: x, y: y, count: 1, style: .plain) }
                } else {
                    grid.put(String(isCurrent ? ctx.currentHeatGlyph(v, scale: scale) : ctx.heatGlyph(v, scale: scale)), x: x, y: y, style: style)
                }
            }
        }
    }
}
