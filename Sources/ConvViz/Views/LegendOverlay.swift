/// The `L` overlay (and the end of the help): what each colour and glyph on the screen means, drawn in its own style.
struct LegendOverlay {
    /// One sample per meaning: the text drawn in the style, and what it says.
    static func entries(_ glyphs: Glyphs) -> [(sample: String, style: Style, meaning: String)] {
        let ramp = String(glyphs.ramp.dropFirst())
        return [
            ("  0.5", .positive, "positive value"),
            (" -0.5", .negative, "negative value"),
            ("  pad", .pad, "pad cell: holds 0"),
            ("  \(glyphs.padCell)  ", .pad, "pad a pool ignores; heatmap pad"),
            ("  (3)", .padLabel, "pad holding input 3 (PyTorch)"),
            ("  1.2", .window, "in the current window"),
            ("  \(glyphs.tapMark)  ", .tap, "tap: input multiplied now"),
            ("  0.9", .tap, "a pool's winner: the value kept"),
            ("  0.7", .current, "output being computed now"),
            ("  \(glyphs.pending)  ", .pending, "not computed yet (heatmap: a 0)"),
            ("  0.3", .unread, "input that no output reads"),
            ("  0.3", .reader, "clicked input & its readers"),
            ("0.33~", .positive, "~ rounded, ### too big"),
            (" \(ramp)", .positive, "heatmap: weak to strong, in view"),
            ("  \(glyphs.moreLeft)\(glyphs.moreRight)", .key, "more positions off screen"),
        ]
    }

    func render(_ ctx: RenderContext, into grid: inout Grid) {
        let entries = Self.entries(ctx.glyphs)
        let meaningWidth = entries.map(\.meaning.displayWidth).max() ?? 0
        let width = min(meaningWidth + 12, grid.width - 2)
        let height = min(entries.count + 2, grid.height - 2)
        let box = Rect(x: (grid.width - width) / 2, y: (grid.height - height) / 2, width: width, height: height)
        ctx.drawBox(box, title: "Legend (L or Esc closes)", into: &grid)
        for (i, e) in entries.enumerated() {
            let y = box.y + 1 + i
            guard y < box.y + box.height - 1 else { break }
            grid.put(e.sample, x: box.x + 2, y: y, style: e.style)
            grid.put(e.meaning, x: box.x + 9, y: y, style: .overlay, maxWidth: box.width - 10)
        }
    }
}
