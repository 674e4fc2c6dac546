/// The strip under the header: every layer of the model with its output shape, the current one marked.
struct ModelStrip {
    func render(_ ctx: RenderContext, into grid: inout Grid) {
        let r = ctx.layout.strip, state = ctx.state
        guard r.height > 0, let m = state.model else { return }
        let rows = state.modelRows
        let failed = state.modelSummary.flatMap { if case .failure(let e) = $0 { return e.index } else { return nil } }
        let t = ctx.glyphs.times
        let items = m.stack.entries.enumerated().map { (i, entry) -> String in
            let shape: String
            if let row = rows.first(where: { $0.index == i + 1 }) {
                // PyTorch holds a sequence channels first, as the header's (N, C, L) says.
                let dims = row.outcome.shape.dims.map { $0.map(String.init) ?? "?" }
                shape = (state.framework == .pytorch ? dims.reversed() : dims).joined(separator: t)
            } else {
                shape = failed == i ? "error" : "?"
            }
            return "\(i + 1) \(entry.layer.shortName(in: state.framework)) \(shape)"
        }
        // Long models drop the shapes of the layers that are not current, then their names.
        let sep = ctx.glyphs == .ascii ? " > " : " ▸ "
        let compact = items.enumerated().map { i, s in i == state.stageIndex ? s : "\(i + 1) \(m.stack.entries[i].layer.shortName(in: state.framework))" }
        let abbreviated = items.enumerated().map { i, s in i == state.stageIndex ? s : "\(i + 1) \(m.stack.entries[i].layer.abbreviation(in: state.framework))" }
        let tiny = items.enumerated().map { i, s in i == state.stageIndex ? s : "\(i + 1)" }
        // A file's long model name takes at most a third of the row: the layers are what the strip is for.
        let head = "\(m.title.fitted(to: max(r.width / 3, 8), ellipsis: ctx.glyphs.ellipsis)): "
        let fits = { (texts: [String]) in head.displayWidth + texts.joined(separator: sep).displayWidth + 2 <= r.width }
        // Layers by index; nil stands for an ellipsis over the layers left out.
        var shown: [Int?] = Array(tiny.indices)
        var chosen = [items, compact, abbreviated, tiny].first(where: fits) ?? tiny
        if !fits(tiny) {
            // Too many even as numbers: the first, the last, and as many as fit around the current one.
            let current = state.stageIndex, last = tiny.count - 1
            for k in stride(from: 20, through: 0, by: -1) {
                let lo = max(current - k, 1), hi = min(current + k, last - 1)
                shown = [0] + (lo > 1 ? [nil] : []) + (lo <= hi ? Array(lo...hi) : []) + (hi < last - 1 ? [nil] : []) + [last]
                chosen = shown.map { $0.map { tiny[$0] } ?? ctx.glyphs.ellipsis }
                if fits(chosen) { break }
            }
        }
        var x = grid.put(" " + head, x: r.x, y: r.y, style: .label)
        for (i, text) in chosen.enumerated() {
            if i > 0 { x = grid.put(sep, x: x, y: r.y, style: .dim) }
            let layer = shown[i]
            let style: Style = layer == state.stageIndex ? .current : (layer != nil && failed == layer ? .error : (layer == nil ? .dim : .label))
            x = grid.put(text, x: x, y: r.y, style: style, maxWidth: max(r.width - x, 0))
        }
        // How to move on stays as long as any of it fits: a newcomer's first question on this row.
        if let hint = ["Tab/S-Tab layer ", "Tab layer ", "Tab "].first(where: { x + $0.count + 2 <= r.width }) {
            grid.put(hint, x: r.width - hint.count, y: r.y, style: .dim)
        }
    }
}
