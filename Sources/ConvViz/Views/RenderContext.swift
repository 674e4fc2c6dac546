/// What every view needs besides its grid: the state, the layout and the glyph set.
public struct RenderContext {
    public let state: AppState
    public let layout: ScreenLayout
    public let glyphs: Glyphs

    public init(state: AppState, layout: ScreenLayout, glyphs: Glyphs) {
        self.state = state
        self.layout = layout
        self.glyphs = glyphs
    }

    /// The built layer, or nil when the configuration is impossible.
    public var layer: Conv1DLayer? { state.layer.value }

    /// Draws a panel title line: `── Title ─────…` across `rect`'s first row.
    ///
    /// `trailing` sits at the right end; when it does not fit whole, the first of `shorter` that does is used.
    func titleLine(_ title: String, in rect: Rect, into grid: inout Grid, trailing: String = "", shorter: [String] = []) {
        let line = String(repeating: glyphs.horizontal, count: rect.width)
        grid.put(line, x: rect.x, y: rect.y, style: .border, maxWidth: rect.width)
        // A space always parts the title from the rule after it, even when the title is cut.
        var end = grid.put(" \(title)", x: rect.x + 2, y: rect.y, style: .title, maxWidth: rect.width - 4)
        end = grid.put(" ", x: end, y: rect.y, style: .title)
        let room = rect.x + rect.width - 3 - end
        guard let fitting = ([trailing] + shorter).first(where: { !$0.isEmpty && $0.count + 2 <= room }) else { return }
        grid.put(" \(fitting) ", x: rect.x + rect.width - fitting.count - 3, y: rect.y, style: .label)
    }

    /// Draws key hints (`k/K kernel  p pad …`) from x while they fit before `limit`; returns the next column.
    @discardableResult
    func drawHints(_ hints: [(keys: [Key], hint: String)], x: Int, y: Int, limit: Int, base: Style, into grid: inout Grid) -> Int {
        let items = hints.map { (keys, hint) in
            (keys.map { glyphs == .ascii ? $0.asciiLabel : $0.label }.joined(separator: "/"), hint == "play" && state.playing ? "pause" : hint)
        }
        // Two spaces between hints read best; one lets a narrow terminal show more of them.
        let wide = items.reduce(0) { $0 + $1.0.count + $1.1.count + 3 } <= limit - x
        let gap = wide ? "  " : " "
        var col = x
        for (label, text) in items {
            // A hint needs a space after it too: what is drawn at `limit` must not touch it.
            if col + label.count + 1 + text.count + 1 > limit { break }
            col = grid.put(label, x: col, y: y, style: base == .status ? .statusKey : .key)
            col = grid.put(" \(text)\(gap)", x: col, y: y, style: base)
        }
        return col
    }

    /// Writes whole segments from x while each fits before `limit`, so no number is ever cut in half.
    ///
    /// When one does not fit, an ellipsis says that something was left off.
    @discardableResult
    func putSegments(_ segments: [(String, Style)], x: Int, y: Int, limit: Int, into grid: inout Grid) -> Int {
        var col = x
        for (text, style) in segments {
            if col + text.count > limit {
                let mark = " " + glyphs.ellipsis
                if col + mark.count <= limit { col = grid.put(mark, x: col, y: y, style: .dim) }
                break
            }
            col = grid.put(text, x: col, y: y, style: style)
        }
        return col
    }

    /// An axis row of positions: every number (or word) when cells are wide, every tenth number in the heatmap.
    ///
    /// Positions outside `0..<length` are pad cells; a word is shortened to its cell with "…", and one
    /// out of the vocabulary is drawn as a never-read cell is.
    /// A pad cell that copies an input cell (PyTorch's reflect, replicate, circular) is labelled `(3)`: it holds input 3's value.
    func positionAxis(_ view: PositionViewport, label: String, y: Int, length: Int? = nil, words: InputLabels? = nil,
                      copies: ((Int) -> Int?)? = nil, numbers: Bool? = nil, into grid: inout Grid) {
        let numbers = numbers ?? layout.numbers
        let named = numbers && words?.positions != nil
        grid.put(named ? "word" : label, x: 1, y: y, style: .label)
        // Where the next label may start: a label wider than its cell (position 999990 in six columns)
        // is drawn only where it leaves a space after the one before, so numbers never run together.
        // The "more" mark takes the axis's first column and a space after it.
        var nextFree = view.x + (view.moreBefore ? 2 : 0)
        for j in view.positions {
            guard let x = view.column(of: j) else { continue }
            let isPad = length.map { j < 0 || j >= $0 } ?? false
            if numbers {
                let word = named ? words?.word(j).map { $0.fitted(to: view.cellWidth - 1, ellipsis: glyphs.ellipsis) } : nil
                let style: Style = isPad ? .padLabel : (words?.isOutOfVocabulary(j) == true ? .unread : .label)
                let padText = copies?(j).map { "(\($0))" } ?? "pad"
                let text = isPad ? padText : word ?? String(j)
                let start = x + view.cellWidth - max(text.displayWidth, view.cellWidth - 1)
                guard x + view.cellWidth - text.displayWidth >= nextFree else { continue }
                grid.put(text.leftPadded(toColumns: view.cellWidth - 1), x: start, y: y, style: style)
                nextFree = x + view.cellWidth + 1
            } else if !isPad && j % 10 == 0 {
                // A label that would run into the "more" mark at the axis's end, or touch it, is left out.
                if view.moreAfter && x + String(j).count >= view.x + view.count * view.cellWidth { continue }
                grid.put(String(j), x: x, y: y, style: .label)
            }
        }
        // Positions off screen are marked where the axis ends, so a cut-off row never looks like the whole layer.
        if view.moreBefore { grid.put(String(glyphs.moreLeft), x: numbers ? view.x : view.x - 1, y: y, style: .key) }
        if view.moreAfter {
            let end = view.x + view.count * view.cellWidth
            grid.put(String(glyphs.moreRight), x: min(end + (numbers ? 1 : 0), grid.width - 1), y: y, style: .key)
        }
    }

    /// ` (c0–c8 shown)` for a title whose panel shows only some of its rows, with the keys that scroll them when they do.
    func rowsShown(_ first: String, _ last: String, scrolls: Bool = false) -> String {
        let keys = glyphs == .ascii ? "Up/Down" : "↑↓"
        let rows = first == last ? first : "\(first)\(glyphs.dash)\(last)"
        return " (\(rows) shown\(scrolls ? ", \(keys)" : ""))"
    }

    /// The Conv1D's input channel rows in view, when some are cut off: their first and last names
    /// (`c0`, or a CSV header's), and how many show. The input and the kernel panel both say them.
    func inputRowsCut() -> (first: String, last: String, count: Int)? {
        let spec = state.spec, top = state.channelScroll
        guard spec.channels > layout.channelRows else { return nil }
        let last = min(top + layout.channelRows, spec.channels) - 1, names = state.inputLabels
        return (names?.channel(top) ?? "c\(top)", names?.channel(last) ?? "c\(last)", last - top + 1)
    }

    /// A channel's name after its row's last cell (`praise`), dim, where the row has room for it whole.
    func rowName(_ names: [String]?, _ c: Int, after view: PositionViewport, y: Int, into grid: inout Grid) {
        guard let names, names.indices.contains(c), let last = view.positions.last, let x = view.column(of: last) else { return }
        let text = "  " + names[c]
        if x + view.cellWidth + text.displayWidth <= layout.width - 1 { grid.put(text, x: x + view.cellWidth, y: y, style: .dim) }
    }

    /// The label of channel row c: the embedding's dimension or the CSV header's name when there is one, shortened to `width`.
    func channelLabel(_ c: Int, labels: InputLabels?, width: Int) -> String {
        (labels?.channel(c) ?? "c\(c)").fitted(to: width, ellipsis: glyphs.ellipsis)
    }

    /// Input positions as a reader would list them: every one up to five (`15, 18, 21`), `3..9` for more
    /// that follow one another, else the first three and the last (`15, 18, 21, …, 39`) so the gaps stay visible.
    func positionList(_ positions: [Int]) -> String {
        Self.positionList(positions, ellipsis: glyphs.ellipsis)
    }

    /// `positionList` with the given ellipsis, for text made without a context.
    static func positionList(_ positions: [Int], ellipsis: String) -> String {
        guard let first = positions.first, let last = positions.last else { return "" }
        // A run of four or more reads as a range ("3..7"), the same for every kernel size that makes one.
        if positions.count >= 4 && last - first == positions.count - 1 { return "\(first)..\(last)" }
        if positions.count <= 5 { return positions.map(String.init).joined(separator: ", ") }
        return positions.prefix(3).map(String.init).joined(separator: ", ") + ", \(ellipsis), \(last)"
    }

    /// `'not' 'good'` for the words at `positions`, or nil when the input has no words.
    func quotedWords(_ positions: [Int], labels: InputLabels?) -> String? {
        guard let labels, labels.positions != nil else { return nil }
        let real = positions.filter { labels.word($0) != nil }
        return real.isEmpty ? nil : labels.quoted(real)
    }

    /// Draws an overlay box with a title on its top edge, and a blank margin around it.
    func drawBox(_ r: Rect, title: String, into grid: inout Grid) {
        let g = glyphs
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

    /// The style for a value by sign, so the heatmap and numbers share a colour scheme.
    func signStyle(_ v: Float) -> Style { v < 0 ? .negative : .positive }

    /// One heatmap glyph for `v`, by its magnitude relative to `scale`.
    func heatGlyph(_ v: Float, scale: Float) -> Character {
        let ramp = glyphs.ramp
        guard scale > 0, v != 0 else { return ramp[0] == " " ? glyphs.pending : ramp[0] }
        let level = Int((abs(v) / scale * Float(ramp.count - 1)).rounded(.up))
        return ramp[min(max(level, 1), ramp.count - 1)]
    }

    /// The glyph for the output cell being computed: as `heatGlyph`, but never a full block, which in
    /// the highlight's dark ink would cover the highlight and leave what looks like an empty cell.
    func currentHeatGlyph(_ v: Float, scale: Float) -> Character {
        let g = heatGlyph(v, scale: scale), ramp = glyphs.ramp
        return g == "█" && ramp.count > 2 ? ramp[ramp.count - 2] : g
    }
}

/// "1 channel", "3 channels".
func plural(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }
