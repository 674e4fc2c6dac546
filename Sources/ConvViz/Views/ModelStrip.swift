/// The strip under the header: every layer of the model with its output shape, the current one marked.
struct ModelStrip {
    func render(_ ctx: RenderContext, into grid: inout Grid) {
        let r = ctx.layout.strip, state = ctx.state
        guard r.height > 0, let m = state.model else { return }
        let rows: [StackRow] = (try? state.modelSummary?.get().rows) ?? []
        let failed = state.modelSummary.flatMap { if case .failure(let e) = $0 { return e.index } else { return nil } }
        let t = ctx.glyphs.times
        let items = m.stack.entries.enumerated().map { (i, entry) -> String in
            let shape: String
            if let row = rows.first(where: { $0.index == i + 1 }) {
                shape = row.outcome.shape.dims.map { $0.map(String.init) ?? "?" }.joined(separator: t)
            } else {
                shape = failed == i ? "error" : "?"
            }
            return "\(i + 1) \(entry.layer.shortName) \(shape)"
        }
        // Long models drop the shapes of the layers that are not current, then their names.
        let sep = ctx.glyphs == .ascii ? " > " : " ▸ "
        let compact = items.enumerated().map { i, s in i == state.stageIndex ? s : "\(i + 1) \(m.stack.entries[i].layer.shortName)" }
        let tiny = items.enumerated().map { i, s in i == state.stageIndex ? s : "\(i + 1)" }
        let head = "\(m.name): "
        let chosen = [items, compact, tiny].first { head.count + $0.joined(separator: sep).count + 2 <= r.width } ?? tiny
        var x = grid.put(" " + head, x: r.x, y: r.y, style: .label)
        for (i, text) in chosen.enumerated() {
            if i > 0 { x = grid.put(sep, x: x, y: r.y, style: .dim) }
            let style: Style = i == state.stageIndex ? .current : (failed == i ? .error : .label)
            x = grid.put(text, x: x, y: r.y, style: style, maxWidth: max(r.width - x, 0))
        }
        let hint = "Tab/S-Tab layer "
        if x + hint.count + 2 <= r.width { grid.put(hint, x: r.width - hint.count, y: r.y, style: .dim) }
    }
}
