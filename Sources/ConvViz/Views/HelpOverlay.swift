/// The `?` overlay: every binding of the key map, grouped, in a box over the panels.
struct HelpOverlay {
    let keyMap: KeyMap
    let extraKeys: (title: String, rows: [(keys: String, help: String)])?

    func render(_ ctx: RenderContext, into grid: inout Grid) {
        var lines: [(String, String)] = []
        for group in KeyBinding.Group.allCases {
            if !lines.isEmpty { lines.append(("", "")) }
            lines.append((group.rawValue, ""))
            lines += rows(keyMap.bindings.filter { $0.group == group }, ctx)
        }
        if let extra = extraKeys {
            lines.append(("", ""))
            lines.append((extra.title, ""))
            lines += extra.rows.map { ($0.keys, $0.help) }
        }
        lines.append(("", ""))
        lines.append(("Mouse", ""))
        lines.append(("click output", "jump to its step"))
        lines.append(("click input", "show its readers"))
        let keyWidth = lines.map(\.0.count).max() ?? 0
        let helpWidth = lines.map(\.1.count).max() ?? 0
        // Two columns when one does not fit the height.
        let rowsAvail = grid.height - 4
        let columns = lines.count > rowsAvail ? 2 : 1
        let perColumn = (lines.count + columns - 1) / columns
        let colWidth = keyWidth + helpWidth + 4
        let boxWidth = min(colWidth * columns + 3, grid.width - 2)
        let boxHeight = min(perColumn + 2, grid.height - 2)
        let box = Rect(x: (grid.width - boxWidth) / 2, y: (grid.height - boxHeight) / 2, width: boxWidth, height: boxHeight)
        drawBox(box, title: "Keys (? or Esc closes)", ctx: ctx, into: &grid)
        for (i, line) in lines.enumerated() {
            let col = i / perColumn, row = i % perColumn
            let y = box.y + 1 + row
            guard y < box.y + box.height - 1 else { continue }
            let x = box.x + 2 + col * colWidth
            let limit = box.x + box.width - 1 - x
            if line.1.isEmpty {
                grid.put(line.0, x: x, y: y, style: .title, maxWidth: limit)
            } else {
                grid.put(line.0, x: x, y: y, style: .key, maxWidth: limit)
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

    private func drawBox(_ r: Rect, title: String, ctx: RenderContext, into grid: inout Grid) {
        let g = ctx.glyphs
        // A blank margin keeps the panels' edges from touching the box.
        grid.fill(Rect(x: r.x - 1, y: r.y, width: r.width + 2, height: r.height), style: .plain)
        grid.fill(r, style: .overlay)
        let bar = String(repeating: g.horizontal, count: max(r.width - 2, 0))
        grid.put(String(g.topLeft) + bar + String(g.topRight), x: r.x, y: r.y, style: .border)
        grid.put(String(g.bottomLeft) + bar + String(g.bottomRight), x: r.x, y: r.y + r.height - 1, style: .border)
        for y in (r.y + 1)..<(r.y + r.height - 1) {
            grid.put(String(g.vertical), x: r.x, y: y, style: .border)
            grid.put(String(g.vertical), x: r.x + r.width - 1, y: y, style: .border)
        }
        grid.put(" \(title) ", x: r.x + 2, y: r.y, style: .title, maxWidth: r.width - 4)
    }
}
