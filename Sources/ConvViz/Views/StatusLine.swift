/// The bottom row: step i/N, playing or paused, speed, then key hints from the key map.
struct StatusLine {
    let keyMap: KeyMap

    func render(_ ctx: RenderContext, into grid: inout Grid) {
        let r = ctx.layout.status, state = ctx.state
        grid.fill(r, style: .status)
        var left = " "
        if let trace = state.stageTrace, !trace.isEmpty {
            left += "\(state.playing ? ctx.glyphs.play : ctx.glyphs.pause) step \(state.stepIndex + 1)/\(trace.count)"
        } else {
            left += "\(ctx.glyphs.pause) no steps"
        }
        left += "  \(state.playing ? "playing" : "paused")  \(NumberText.fixed(state.speed, decimals: 2)) \(state.speed <= 1 ? "step" : "steps")/s "
        let end = grid.put(left, x: r.x, y: r.y, style: .status)
        // Help and quit are pinned to the right edge so they never fall off a narrow terminal.
        let pinned = keyMap.hints(in: .view)
        let pinnedWidth = pinned.reduce(0) { $0 + $1.keys.map(\.label.count).reduce(0, +) + $1.hint.count + 3 }
        ctx.drawHints(keyMap.hints(in: .playback), x: end + 1, y: r.y, limit: r.width - pinnedWidth, base: .status, into: &grid)
        ctx.drawHints(pinned, x: r.width - pinnedWidth, y: r.y, limit: r.width, base: .status, into: &grid)
    }
}
