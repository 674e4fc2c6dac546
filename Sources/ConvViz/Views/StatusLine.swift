/// The bottom row: step i/N, playing or paused, speed, then key hints, or a played script's state and place.
struct StatusLine {
    let keyMap: KeyMap

    func render(_ ctx: RenderContext, into grid: inout Grid) {
        let r = ctx.layout.status, state = ctx.state
        grid.fill(r, style: .status)
        if let editor = state.editor { return renderEditor(editor, ctx, into: &grid) }
        var left = " "
        // A playing script shows ▶ through its waits too: the glyph says whether anything goes on by itself.
        let moving = state.playing || state.script == .playing
        if let trace = state.stageTrace, !trace.isEmpty {
            left += "\(moving ? ctx.glyphs.play : ctx.glyphs.pause) step \(state.stepIndex + 1)/\(trace.count)"
        } else {
            left += "\(ctx.glyphs.pause) no steps"
        }
        // A presenter must know the session is being written down.
        if state.recording { left += " \(ctx.glyphs.recording) rec" }
        let step = left
        if state.script == .none { left += "  \(state.playing ? "playing" : "paused")" }
        left += "  \(NumberText.fixed(state.speed, decimals: 2)) \(state.speed <= 1 ? "step" : "steps")/s "
        // What z chose, so a press of z is never a mystery.
        left += ctx.layout.numbers ? " numbers" : " heatmap"
        left += state.zoom == .auto ? " " : " (z) "
        // What Z gave, so a press that cannot widen the cells is never a mystery either.
        if state.cellGrowth > 0 && ctx.layout.numbers {
            left += ctx.layout.zoomColumns < state.cellGrowth ? " Z+\(ctx.layout.zoomColumns): window fills view " : " Z+\(ctx.layout.zoomColumns) "
        } else if state.cellGrowth > 0 {
            // A heatmap's cells are one column whatever Z says: the press is kept for the numbers.
            left += " Z+\(state.cellGrowth): numbers only "
        }
        // Help and quit are pinned to the right edge so they never fall off a narrow terminal.
        let pinned = keyMap.hints(in: .view)
        let pinnedWidth = pinned.reduce(0) { $0 + $1.keys.map(\.label.count).reduce(0, +) + $1.hint.count + 3 }
        let limit = r.width - pinnedWidth
        // What the presenter must do next ("Space continues") matters more than the speed and the mode.
        // So does a notice that the caption keeps off its own row.
        let noticeHere = state.script != .none && !state.caption.isEmpty && !state.notice.isEmpty
        if state.script != .none, noticeHere || left.count + state.script.text.count + 2 > limit - r.x { left = step + " " }
        let end = grid.put(left, x: r.x, y: r.y, style: .status, maxWidth: limit - r.x - 1)
        if state.script != .none {
            // A played script: where it is (the presenter must never wonder), then its title and section.
            let badge = " \(state.script.text) "
            var x = grid.put(badge, x: end, y: r.y, style: state.script == .playing ? .status : .statusKey, maxWidth: limit - end)
            let place = [state.title, state.section].filter { !$0.isEmpty }.joined(separator: ctx.glyphs == .ascii ? " > " : " › ")
            if noticeHere, x + 4 < limit {
                // The caption holds the row a notice uses: what a key just did ("saved convviz-screen-1.svg") shows here.
                x = grid.put(" \(state.notice)", x: x, y: r.y, style: .statusKey, maxWidth: limit - x - 1)
            } else if !place.isEmpty, x + 4 < limit {
                x = grid.put(" \(place)", x: x, y: r.y, style: .status, maxWidth: limit - x - 1)
            }
        } else {
            ctx.drawHints(keyMap.hints(in: .playback), x: end + 1, y: r.y, limit: limit, base: .status, into: &grid)
        }
        ctx.drawHints(pinned, x: limit, y: r.y, limit: r.width, base: .status, into: &grid)
    }

    /// The one-line text editor in place of the status: the text, a block cursor, and Enter/Esc (or why Enter was refused).
    private func renderEditor(_ editor: LineEditor, _ ctx: RenderContext, into grid: inout Grid) {
        let r = ctx.layout.status
        let hint = editor.problem.isEmpty ? "  Enter apply  Esc cancel  Ctrl-U clear " : "  \(editor.problem) "
        let x0 = grid.put(" text: ", x: r.x, y: r.y, style: .status)
        let room = max(r.width - x0 - hint.displayWidth - 1, 1)
        // The text scrolls so that the cursor stays in view; a scrolled-off start is marked with "…".
        // Found by walking back from the cursor: a pasted page of text costs a row's width, not its square.
        func firstShown(room: Int) -> Int {
            var start = editor.cursor, width = 0
            while start > 0, width + DisplayWidth.of(editor.text[start - 1]) < room {
                width += DisplayWidth.of(editor.text[start - 1])
                start -= 1
            }
            return start
        }
        // Text cut on the right ends with "…" too, and the cursor stays clear of it.
        let mark = ctx.glyphs.ellipsis, markWidth = mark.displayWidth
        var start = firstShown(room: room)
        let cutLeft = start > 0
        if cutLeft { start = firstShown(room: room - markWidth) }
        let left = cutLeft ? markWidth : 0
        let cutRight = editor.text[start...].reduce(0) { $0 + DisplayWidth.of($1) } > room - left
        if cutRight {
            start = firstShown(room: room - left - markWidth)
            if start > 0, !cutLeft { start = firstShown(room: room - 2 * markWidth) }
        }
        let textX = start > 0 ? grid.put(mark, x: x0, y: r.y, style: .status) : x0
        let end = x0 + room - (cutRight ? markWidth : 0)
        var x = textX
        for (i, c) in editor.text.enumerated().dropFirst(start) {
            if x + DisplayWidth.of(c) > end { break }
            x = grid.put(String(c), x: x, y: r.y, style: i == editor.cursor ? .current : .status)
        }
        if cutRight { grid.put(mark, x: x, y: r.y, style: .status) }
        let cursorX = textX + editor.text[start..<editor.cursor].reduce(0) { $0 + DisplayWidth.of($1) }
        if editor.cursor == editor.text.count { grid.put(" ", x: cursorX, y: r.y, style: .current) }
        grid.put(hint, x: r.x + r.width - hint.displayWidth, y: r.y, style: editor.problem.isEmpty ? .status : .error)
    }
}
