/// The row under the header: a script's caption, else a hint for newcomers or the clicked input's readers.
struct CaptionBar {
    func render(_ ctx: RenderContext, into grid: inout Grid) {
        var r = ctx.layout.caption
        let state = ctx.state
        if !state.caption.isEmpty { grid.fill(r, style: .caption) }
        r.width -= tag(ctx, room: r.width - (state.caption.isEmpty ? 60 : state.caption.count + 2), into: &grid)
        if !state.caption.isEmpty {
            grid.put(" \(state.caption)", x: r.x, y: r.y, style: .caption, maxWidth: r.width)
            return
        }
        if !state.notice.isEmpty {
            grid.put(" \(state.notice)", x: r.x, y: r.y, style: .error, maxWidth: r.width)
            return
        }
        if !state.dependency.isEmpty {
            grid.put(" " + DependencyNote.text(ctx), x: r.x, y: r.y, style: .reader, maxWidth: r.width)
            return
        }
        if let p = state.selectedInput, let layer = ctx.layer {
            let readers = layer.geometry.readers(ofInput: p)
            let text = readers.isEmpty
                ? "input \(p) is never read by any output"
                : "input \(p) is read by output" + (readers.count > 1 ? "s " : " ") + readers.map { "\($0.position) (tap \($0.tap))" }.joined(separator: ", ")
            grid.put(" \(text)", x: r.x, y: r.y, style: readers.isEmpty ? .unread : .reader, maxWidth: r.width)
            return
        }
        // The live changes, so every one of them is on screen, not only in the help.
        ctx.drawHints(KeyMap.standard.hints(in: .layer), x: r.x + 1, y: r.y, limit: r.x + r.width, base: .dim, into: &grid)
    }

    /// A played script's title and section (and the presenter's note) at the right end; returns the columns used.
    /// The caption comes first: the tag takes only the `room` it leaves, and is dropped when that is too little.
    private func tag(_ ctx: RenderContext, room: Int, into grid: inout Grid) -> Int {
        let s = ctx.state
        let parts = [s.scriptNote, [s.title, s.section].filter { !$0.isEmpty }.joined(separator: " \(ctx.glyphs == .ascii ? ">" : "›") ")]
        let text = parts.filter { !$0.isEmpty }.joined(separator: "  ")
        let r = ctx.layout.caption
        let fit = min(room - 2, r.width / 2)
        guard !text.isEmpty, fit >= 8 else { return 0 }
        let shown = text.count <= fit ? text : String(text.prefix(fit - 1)) + (ctx.glyphs == .ascii ? "~" : "…")
        let x = r.x + r.width - shown.count - 1
        grid.put(shown, x: x, y: r.y, style: s.caption.isEmpty ? .label : .caption)
        return shown.count + 2
    }
}
