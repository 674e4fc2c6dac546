/// The arithmetic of the current step of a layer that is not a Conv1D, across the whole width.
struct StageComputationPanel {
    func render(_ ctx: RenderContext, step: StageStep, into grid: inout Grid) {
        let r = ctx.layout.computation
        let order = ctx.state.tensorOrder
        ctx.titleLine("How y[\(step.positionText(order))] is computed", in: r, into: &grid)
        // Lines beyond the four every step has go to a Dense's products.
        let lines = StageText.lines(step, glyphs: ctx.glyphs, framework: ctx.state.framework, order: order, width: r.width - 2, productRows: max(r.height - 4, 1))
        for (i, (text, style)) in lines.prefix(r.height - 1).enumerated() {
            grid.put(text, x: 1, y: r.y + 1 + i, style: style, maxWidth: r.width - 2)
        }
    }
}

extension StageStep {
    /// `3, c1` (`c1, 3` channel first) or `3` for a vector output.
    func positionText(_ order: TensorOrder = .keras) -> String {
        func pair(_ p: Int, _ c: String) -> String { order.channelsFirst ? "\(c), \(p)" : "\(p), \(c)" }
        switch self {
        case .conv(let s): return pair(s.position, "\(s.filter)")
        case .pool(let s): return pair(s.position, "c\(s.channel)")
        case .globalPool(let s): return s.layer.spec.keepdims ? pair(0, "c\(s.channel)") : "\(s.position)"
        case .dense(let s): return s.layer.isVector ? "\(s.unit)" : pair(s.row, "u\(s.unit)")
        case .embedding(let s): return pair(s.position, "c\(s.channel)")
        case .pass(let s): return s.layer.outputShape.count == 1 ? "\(s.position)" : pair(s.position, "c\(s.channel)")
        }
    }
}
