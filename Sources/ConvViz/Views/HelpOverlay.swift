/// The `?` overlay: every binding of the key map, grouped, then the legend, in a box over the panels.
struct HelpOverlay {
    let keyMap: KeyMap
    let extraKeys: (title: String, rows: [(keys: String, help: String)])?

    func render(_ ctx: RenderContext, into grid: inout Grid) {
        var lines: [(String, String, Style)] = []
        func add(_ rows: [(String, String)]) { lines += rows.map { ($0.0, $0.1, Style.key) } }
        for group in KeyBinding.Group.allCases {
            if !lines.isEmpty { add([("", "")]) }
            add([(group.rawValue, "")])
            add(rows(keyMap.bindings.filter { $0.group == group }, ctx))
        }
        if let extra = extraKeys {
            add([("", ""), (extra.title, "")])
            add(extra.rows.map { ($0.keys, $0.help) })
        }
        add([("", ""), ("Mouse", ""), ("click output", "jump to its step"), ("click input", "show its readers")])
        // Read by the terminal backend rather than the key map, so listed here by hand.
        add([("", ""), ("Terminal", ""), ("Ctrl-L", "redraw the whole screen"), ("Ctrl-U", "editor: clear before cursor"), ("Delete", "editor: delete under cursor"), ("Ctrl-Z", "suspend (fg resumes)")])
        // Rounded numbers are explained once, by the legend's "0.33~" row.
        lines.append(("", "", .plain))
        lines.append(("Legend", "", .title))
        lines += LegendOverlay.entries(ctx.glyphs).map { ($0.sample, $0.meaning, $0.style) }
        // The short names of axes and rows, which panels use where a word would not fit.
        add([("", ""), ("Names", ""), ("pos, p", "position along the length"), ("c0, c1", "channel"),
             ("f0, f1", "filter (output channel)"), ("t0, t1", "kernel tap"),
             ("W[:,:,f]", "filter f's weights (Keras)"), ("weight[f]", "filter f's weights (PyTorch)"),
             ("in float32", "the sum as float32 rounds it"), ("(f32)", "the same, where room is short"),
             ("id", "token id (Embedding input)"), ("x, i", "a Dense's inputs"),
             ("y, u", "a Dense's units"), ("\(ctx.glyphs.ellipsis)-major", "order: by filter/position/channel")])
        let keyWidth = lines.map(\.0.displayWidth).max() ?? 0
        let helpWidth = lines.map(\.1.displayWidth).max() ?? 0
        // As many columns as the width allows when one does not fit the height.
        let rowsAvail = max(grid.height - 4, 1)
        let colWidth = keyWidth + helpWidth + 3
        let fitColumns = max((grid.width - 4) / colWidth, 1)
        let columns = min((lines.count + rowsAvail - 1) / rowsAvail, fitColumns)
        // Pages when even the columns are too few: arrows turn them, so nothing is cut off.
        let perPage = max(columns * rowsAvail, 1)
        let pages = (lines.count + perPage - 1) / perPage
        let page = ((ctx.state.helpPage % pages) + pages) % pages
        if pages > 1 { lines = Array(lines[(page * perPage)..<min((page + 1) * perPage, lines.count)]) }
        let perColumn = min((lines.count + columns - 1) / columns, rowsAvail)
        let boxWidth = min(colWidth * columns + 3, grid.width - 2)
        let boxHeight = min(perColumn + 2, grid.height - 2)
        let box = Rect(x: (grid.width - boxWidth) / 2, y: (grid.height - boxHeight) / 2, width: boxWidth, height: boxHeight)
        // In a played script Space stays the presenter's pause.
        let next = (ctx.glyphs == .ascii ? "Right" : "→") + (extraKeys == nil ? "/Space" : "")
        let title = pages > 1 ? "Keys \(page + 1)/\(pages): \(next) next page, ? or Esc closes" : "Keys (? or Esc closes)"
        ctx.drawBox(box, title: title, into: &grid)
        let lastRow = box.y + box.height - 2
        for (i, line) in lines.enumerated() {
            let col = i / perColumn, row = i % perColumn
            let y = box.y + 1 + row
            guard col < columns, y <= lastRow else { break }
            let x = box.x + 2 + col * colWidth
            let limit = box.x + box.width - 1 - x
            if line.1.isEmpty {
                grid.put(line.0, x: x, y: y, style: .title, maxWidth: limit)
            } else {
                grid.put(line.0, x: x, y: y, style: line.2, maxWidth: limit)
                grid.put(line.1, x: x + keyWidth + 2, y: y, style: .overlay, maxWidth: max(limit - keyWidth - 2, 0))
            }
        }
    }

    /// One row per binding, except that a − / + pair (`k`, `K`) shares a row: "kernel_size −1 / +1".
    private func rows(_ bindings: [KeyBinding], _ ctx: RenderContext) -> [(String, String)] {
        var out: [(String, String)] = []
        var i = 0
        func keys(_ b: KeyBinding) -> String {
            b.keys.map { ctx.glyphs == .ascii ? $0.asciiLabel : $0.label }.joined(separator: " ")
        }
        while i < bindings.count {
            let b = bindings[i]
            if i + 1 < bindings.count, let merged = mergedHelp(b.help, bindings[i + 1].help) {
                out.append((keys(b) + " / " + keys(bindings[i + 1]), merged))
                i += 2
            } else {
                out.append((keys(b), b.help))
                i += 1
            }
        }
        return out
    }

    /// "strides −1" and "strides +1" give "strides −1 / +1"; helps that differ elsewhere give nil.
    private func mergedHelp(_ a: String, _ b: String) -> String? {
        guard let sa = a.lastIndex(of: " "), let sb = b.lastIndex(of: " ") else { return nil }
        guard a[..<sa] == b[..<sb], a[sa...].count <= 6, b[sb...].count <= 6 else { return nil }
        return a + " /" + b[sb...]
    }
}
