/// The rows under the header: a script's caption (wrapped onto up to three rows), else a notice, a hint for newcomers or the clicked input's readers.
struct CaptionBar {
    /// Rows a caption may take; the layout makes room for them.
    static let maxRows = 3

    /// The caption's rows at a screen width: whole words, the last row ending in "…" only if even three rows are too few.
    static func lines(_ caption: String, width: Int, glyphs: Glyphs = .unicode, rows: Int = maxRows) -> [String] {
        var lines = TextWrap.lines(caption, width: width - 2, maxLines: rows, ellipsis: glyphs == .ascii ? "~" : "…")
        // A last row of one short word ("5.", "t.") reads as a stray; the word before it keeps it company,
        // so "7 - 3 + 1 =" / "5." becomes "7 - 3 + 1" / "= 5."
        if lines.count >= 2, let last = lines.last, !last.contains(" "), last.displayWidth <= 4,
           let cut = lines[lines.count - 2].lastIndex(of: " ") {
            let previous = lines[lines.count - 2]
            let moved = String(previous[previous.index(after: cut)...]) + " " + last
            if moved.displayWidth <= width - 2 {
                lines[lines.count - 2] = String(previous[..<cut])
                lines[lines.count - 1] = moved
            }
        }
        return lines
    }

    func render(_ ctx: RenderContext, into grid: inout Grid) {
        let r = ctx.layout.caption
        let state = ctx.state
        // The smallest screens give this row to the panels when there is nothing to say.
        guard r.height > 0 else { return }
        if !state.caption.isEmpty {
            grid.fill(r, style: .caption)
            for (i, line) in Self.lines(state.caption, width: r.width, glyphs: ctx.glyphs, rows: r.height).enumerated() {
                grid.put(" \(line)", x: r.x, y: r.y + i, style: .caption, maxWidth: r.width)
            }
            return
        }
        if !state.notice.isEmpty {
            for (i, line) in Self.lines(state.notice, width: r.width, glyphs: ctx.glyphs, rows: r.height).enumerated() {
                grid.put(" \(line)", x: r.x, y: r.y + i, style: .error, maxWidth: r.width)
            }
            return
        }
        if let note = DependencyNote.text(state, glyphs: ctx.glyphs) {
            for (i, line) in Self.lines(note, width: r.width, glyphs: ctx.glyphs, rows: r.height).enumerated() {
                grid.put(" \(line)", x: r.x, y: r.y + i, style: .reader, maxWidth: r.width)
            }
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
        ctx.drawHints(Self.layerHints(state), x: r.x + 1, y: r.y, limit: r.x + r.width, base: .dim, into: &grid)
    }

    /// The keys that change the current layer: a pool's own (and PyTorch's ceil_mode and
    /// count_include_pad once `T` has made it PyTorch's), else the Conv1D's.
    ///
    /// Other layers show only the keys they take: a Dense its units, activation and bias, every
    /// layer the model's input length and width (unless they come from a text), and `e` for a text.
    static func layerHints(_ state: AppState) -> [(keys: [Key], hint: String)] {
        let all = KeyMap.standard.hints(in: .layer)
        // By the layer's type, not its stage: a layer that fails to build takes the same keys.
        guard let m = state.model, m.stack.entries.indices.contains(state.stageIndex) else { return all }
        let layer = m.stack.entries[state.stageIndex].layer
        if case .conv1D = layer { return all }
        let input: Set<String> = state.inputSource.isWords ? [] : m.readsTokens ? ["len"] : ["len", "chan"]
        guard case (let kind, let p)? = layer.windowedPool else {
            var names = input
            switch layer {
            case .dense: names.formUnion(["filt", "act", "bias"])
            case .activation: names.insert("act")
            default: break
            }
            var hints = all.filter { names.contains($0.hint) }.map { $0.hint == "filt" ? ($0.keys, "units") : $0 }
            if state.inputSource.isWords { hints.append(([.char("e")], "edit text")) }
            return hints
        }
        // Keras calls a pool's window pool_size; PyTorch's module calls it kernel_size.
        // Only nn.MaxPool1d spaces its taps.
        let own = p.torch != nil && kind == .max ? ["kernel", "stride", "pad", "dil"] : ["kernel", "stride", "pad"]
        var hints = all.filter { own.contains($0.hint) || input.contains($0.hint) }
            .map { $0.hint == "kernel" && p.torch == nil ? ($0.keys, "pool") : $0 }
        hints.append(([.char("T")], p.torch == nil ? "PyTorch" : "Keras"))
        if p.torch != nil {
            hints.append(([.char("u")], "ceil_mode"))
            if kind == .average { hints.append(([.char("i")], "include_pad")) }
        }
        return hints
    }
}
