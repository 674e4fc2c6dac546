/// The bottom row: step i/N, playing or paused, speed, then key hints from the key map.
struct StatusLine {
    let keyMap: KeyMap

    func render(_ ctx: RenderContext, into grid: inout Grid) {
        let r = ctx.layout.status, state = ctx.state
        grid.fill(r, style: .status)
        var left = " "
        if let trace = state.trace, !trace.isEmpty {
            left += "\(state.playing ? ctx.glyphs.play : ctx.glyphs.pause) step \(state.stepIndex + 1)/\(trace.count)"
        } else {
            left += "\(ctx.glyphs.pause) no steps"
        }
        left += "  \(state.playing ? "playing" : "paused")  \(NumberText.fixed(state.speed, decimals: 2)) steps/s "
        let end = grid.put(left, x: r.x, y: r.y, style: .status)
        // Help and quit are pinned to the right edge so they never fall off a narrow terminal.
        let pinned = keyMap.bindings.filter { $0.group == .view && $0.hint != nil }
        let others = keyMap.bindings.filter { $0.group != .view && $0.hint != nil }
        let pinnedText = pinned.map { hintText($0, ctx) }
        let pinnedWidth = pinnedText.reduce(0) { $0 + $1.0.count + $1.1.count + 1 }
        var x = end + 1
        for b in others {
            let (label, hint) = hintText(b, ctx)
            if x + label.count + hint.count + 1 > r.width - pinnedWidth - 1 { break }
            x = grid.put(label, x: x, y: r.y, style: .key)
            x = grid.put(hint + " ", x: x, y: r.y, style: .status)
        }
        x = r.width - pinnedWidth
        for (label, hint) in pinnedText {
            x = grid.put(label, x: x, y: r.y, style: .key)
            x = grid.put(hint + " ", x: x, y: r.y, style: .status)
        }
    }

    private func hintText(_ b: KeyBinding, _ ctx: RenderContext) -> (String, String) {
        let key = b.keys[0]
        return (ctx.glyphs == .ascii ? key.asciiLabel : key.label, " " + (b.hint ?? ""))
    }
}
