/// Shown in place of the kernel, computation and output panels when Keras would refuse the layer.
struct ErrorPanel {
    func render(_ ctx: RenderContext, error: LayerError, into grid: inout Grid) {
        let top = ctx.layout.kernel.y
        let r = Rect(x: 0, y: top, width: grid.width, height: ctx.layout.status.y - top)
        // A layer too big for the explorer is its own refusal, not the framework's.
        // In a model only a pool T made PyTorch's raises PyTorch's errors; its other layers stay Keras's.
        var torch = ctx.state.framework == .pytorch
        if let m = ctx.state.model, case .failure(let e)? = ctx.state.stage, m.stack.entries.indices.contains(e.index) {
            torch = torch && m.stack.entries[e.index].layer.windowedPool?.1.torch != nil
        }
        let title = error.type == LayerError.tooBigType ? "too big for the explorer"
            : error.type == LayerError.notStepwiseType ? "not computed step by step" : "\(torch ? "PyTorch" : "Keras") raises \(error.type)"
        ctx.titleLine(title, in: r, into: &grid)
        var y = r.y + 1
        for line in TextWrap.lines(error.message, width: r.width - 4) {
            guard y < r.y + r.height - 1 else { break }
            grid.put(line, x: 2, y: y, style: .error)
            y += 1
        }
        // Wrapped like the message: the advice is the way out, so it is never cut.
        y += 1
        let advice = error.type == LayerError.notStepwiseType ? "Shift-Tab goes back to the layers before it."
            : error.refusesGivenWeights ? "The model comes with these weights: they are used when the layer has the shape they were made for."
            : "Change a parameter to get a valid layer; the step is kept where it still makes sense."
        for line in TextWrap.lines(advice, width: r.width - 4) {
            guard y < r.y + r.height else { break }
            grid.put(line, x: 2, y: y, style: .dim)
            y += 1
        }
    }
}
