/// The current filter's weights W[:, :, f]: taps across (as in the input window), channels down.
struct KernelPanel {
    func render(_ ctx: RenderContext, into grid: inout Grid) {
        let r = ctx.layout.kernel, state = ctx.state, spec = state.spec
        guard let layer = ctx.layer else { return }
        let f = state.cursor.filter
        // Keras keeps the kernel as (k, C/G, F), PyTorch its weight as (F, C/G, k): filter f is a slice of each.
        let torch = ctx.state.framework == .pytorch
        let slice = torch ? "weight[\(f), :, :]" : "W[:,:,\(f)]", title = "Kernel \(slice)"
        // Rows cut off are said, as the input says them, so a caption's "5 rows" never meets 3 in silence;
        // a hand-set filter's name (`praise`) joins the title where it fits whole.
        let cut = ctx.inputRowsCut()
        let shown = cut.map { ctx.rowsShown($0.first, $0.last) } ?? ""
        // Two ways only to say the rows, the input's "(c0–c2 shown)" and "3/5 rows", so a title reads alike at every width.
        let short = cut.map { " \($0.count)/\(spec.channels) rows" } ?? ""
        let name = state.channelNames(afterLayer: state.stageIndex).map { " \($0[f])" } ?? ""
        let forms = [title + name + shown, title + shown, title + short, slice + short, title + name, title]
        ctx.titleLine(forms.first { $0.displayWidth + 6 <= r.width } ?? title, in: r, into: &grid)
        let cw = ctx.layout.kernelCellWidth
        let gutter = ctx.layout.gutter
        let visibleTaps = ctx.layout.taps
        grid.put("tap", x: r.x + 1, y: r.y + 1, style: .label)
        for t in 0..<min(spec.kernelSize, visibleTaps) {
            grid.put("t\(t)".leftPadded(toColumns: cw - 1), x: r.x + gutter + t * cw + 1, y: r.y + 1, style: .label)
        }
        if spec.kernelSize > visibleTaps {
            grid.put(ctx.glyphs.ellipsis, x: r.x + gutter + visibleTaps * cw + 2, y: r.y + 1, style: .dim)
        }
        let first = layer.firstChannel(filter: f)
        let labels = state.inputLabels
        for row in 0..<ctx.layout.channelRows {
            let c = state.channelScroll + row
            guard c < spec.channels else { break }
            let y = r.y + 2 + row
            let local = c - first
            guard local >= 0, local < spec.channelsPerGroup else {
                grid.put(ctx.channelLabel(c, labels: labels, width: gutter - 1), x: r.x + 1, y: y, style: .dim)
                grid.put("(other group)", x: r.x + gutter + 1, y: y, style: .dim, maxWidth: r.width - gutter - 1)
                continue
            }
            grid.put(ctx.channelLabel(c, labels: labels, width: gutter - 1), x: r.x + 1, y: y, style: .label)
            for t in 0..<min(spec.kernelSize, visibleTaps) {
                let w = layer.weight(tap: t, groupChannel: local, filter: f)
                grid.put(NumberText.fit(w, width: cw - 1).leftPadded(toColumns: cw - 1), x: r.x + gutter + t * cw + 1, y: y, style: ctx.signStyle(w))
            }
        }
        let biasY = r.y + r.height - 2
        let biasText = spec.useBias ? "\(torch ? "bias" : "bias b")[\(f)] = \(NumberText.exact(layer.bias[f]))" : (torch ? "no bias (bias=False)" : "no bias (use_bias=False)")
        grid.put(biasText, x: r.x + 1, y: biasY, style: .label, maxWidth: r.width - 2)
    }

    /// Columns the panel needs to show `n` of `k` taps: row labels, `cell` columns a tap (six, or eight
    /// for weights that need them), and "…" when some are left out.
    static func width(taps n: Int, of k: Int, gutter: Int, cell: Int = ScreenLayout.numberCellWidth) -> Int {
        gutter + n * cell + 1 + (n < k ? 2 : 0)
    }

    /// How many of `k` taps fit in a panel `width` columns wide (at least one).
    static func taps(fitting width: Int, of k: Int, gutter: Int, cell: Int = ScreenLayout.numberCellWidth) -> Int {
        (1...max(k, 1)).last { Self.width(taps: $0, of: k, gutter: gutter, cell: cell) <= width } ?? 1
    }
}
