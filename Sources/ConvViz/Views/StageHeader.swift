/// The top two rows for a layer that is not a Conv1D: its Keras call, then its shapes and parameters.
struct StageHeader {
    func render(_ ctx: RenderContext, stage: Stage, into grid: inout Grid) {
        let r = ctx.layout.header, state = ctx.state
        guard let m = state.model else { return }
        let layer = m.stack.entries[state.stageIndex].layer
        let rows = state.modelRows
        let row = rows.first { $0.index == state.stageIndex + 1 }
        let input = state.stageIndex == 0 ? m.inputShape : rows.first { $0.index == state.stageIndex }?.outcome.shape
        var inShape = input?.description ?? "?"
        var outShape = row?.outcome.shape.description ?? "?"
        var torch = state.framework == .pytorch ? input.flatMap(layer.torchCall(input:)) : nil
        // The reason for a transpose gives way before the code itself is cut.
        let reason = " for nn.Conv1d"
        if let t = torch, t.count > r.width - 2, t.hasSuffix(reason) { torch = String(t.dropLast(reason.count)) }
        grid.put(torch ?? layer.pythonCall(width: r.width - 2), x: 1, y: r.y, style: .title, maxWidth: r.width - 2)
        if torch != nil, let input, let output = row?.outcome.shape {
            // The first layer reads token ids (N, L); others hold channels first.
            inShape = state.stageIndex == 0 && m.readsTokens ? "(N, \(input.dims.first.flatMap { $0 }.map(String.init) ?? "?"))" : ModelLayer.torchShape(input)
            outShape = ModelLayer.torchShape(output)
        }
        if case .pool(let p) = stage, p.torch != nil {
            // PyTorch puts channels first: (N, C, L).
            inShape = "(N, \(p.input.columns), \(p.input.rows))"
            outShape = "(N, \(p.outputChannels), \(p.outputLength))"
        }
        let shapes = "input \(inShape) \(ctx.glyphs.arrow) output \(outShape)", params = "  params \(row?.outcome.paramCount ?? 0)"
        // Which layer this is gives way in steps (its class, then its name) before the line is cut.
        let which = "  layer \(state.stageIndex + 1) of \(m.stack.entries.count)"
        let name = m.stack.automaticNames()[state.stageIndex]
        let room = r.width - 2 - shapes.count - params.count
        let layerText = [which + ": " + state.layerTitle(state.stageIndex), which + ": " + name, which].first { $0.count <= room } ?? which
        ctx.putSegments([(shapes, .label), (params, .label), (layerText, .dim)], x: 1, y: r.y + 1, limit: r.width - 1, into: &grid)
    }
}

extension StageHeader {
    /// The failing layer's call, broken after commas into rows of at most `width`: its arguments say why it fails.
    static func failureCallLines(_ state: AppState, width: Int) -> [String] {
        guard let m = state.model, case .failure(let error)? = state.stage, m.stack.entries.indices.contains(error.index) else { return [] }
        let full = m.stack.entries[error.index].layer.pythonCall(width: width)
        guard full.count > width, let open = full.firstIndex(of: "(") else { return [full] }
        let indent = String(repeating: " ", count: full.distance(from: full.startIndex, to: open) + 1)
        var lines: [String] = [], current = ""
        for piece in full.split(separator: ", ").map(String.init) {
            let next = current.isEmpty ? piece : current + ", " + piece
            if next.count + 1 > width && !current.isEmpty {
                lines.append(current + ",")
                current = indent + piece
            } else {
                current = next
            }
        }
        return lines + [current]
    }

    /// The header when a layer up to the current one cannot be built: which one, and that the rest waits on it.
    static func renderFailure(_ ctx: RenderContext, error: StackError, into grid: inout Grid) {
        let r = ctx.layout.header, state = ctx.state
        guard state.model != nil else { return }
        let call = HeaderView.rows(failureCallLines(state, width: r.width - 2), fitting: r.height - 1, width: r.width - 2, ellipsis: ctx.glyphs.ellipsis)
        for (i, line) in call.enumerated() { grid.put(line, x: 1, y: r.y + i, style: .title, maxWidth: r.width - 2) }
        let layer = "layer \(error.index + 1) \(state.layerTitle(error.index))"
        let text = error.error.type == LayerError.notStepwiseType
            ? (error.index == state.stageIndex ? "\(layer) is not computed step by step here"
                : "\(layer) is not computed step by step, so layer \(state.stageIndex + 1) has no input")
            : error.error.refusesGivenWeights ? (error.index == state.stageIndex ? "\(layer): the weights given for it have another shape"
                : "\(layer): the weights given for it have another shape, so layer \(state.stageIndex + 1) has no input")
            : error.index == state.stageIndex ? "\(layer) cannot be built on its input"
            : "\(layer) fails, so layer \(state.stageIndex + 1) has no input"
        grid.put(text, x: 1, y: r.y + call.count, style: .error, maxWidth: r.width - 2)
    }
}
