/// The input x: positions across, channels down, pad cells marked, the current window's taps lit.
struct InputPanel {
    func render(_ ctx: RenderContext, into grid: inout Grid) {
        let r = ctx.layout.input, view = ctx.layout.inputView, state = ctx.state, spec = state.spec
        let layer = ctx.layer
        let plan = layer?.plan ?? PaddingPlan(left: 0, right: 0, outputLength: 0)
        var trailing = layer == nil ? "" : "pad \(plan.left) left \(ctx.glyphs.vertical) \(plan.right) right"
        if spec.padding == .same && plan.left != plan.right { trailing += " (extra on the right)" }
        var title = "Input x: \(plural(spec.length, "position")) \(ctx.glyphs.times) \(plural(spec.channels, "channel"))"
        if case .table(let name, _, _) = state.inputSource { title += " from \(name)" }
        let labels = state.inputLabels
        let shown = ctx.inputRowsCut().map { ctx.rowsShown($0.first, $0.last, scrolls: true) } ?? ""
        title += shown
        // The padding split, at least in its short form ("pad 1│2"), is worth more than the rest of the title:
        // 'same' padding's extra cell on the right is what a lesson points at.
        let short = layer == nil ? "" : "pad \(plan.left)\(ctx.glyphs.vertical)\(plan.right)"
        func fits(_ title: String) -> Bool { title.displayWidth + 9 + short.displayWidth <= r.width }
        // Words only while positions still are words: a later layer of a model reads the one before it.
        if case .words(let t) = state.inputSource, state.inputLabels?.positions != nil {
            let base = "Input x: \(plural(spec.length, "word")) \(ctx.glyphs.times) \(plural(spec.channels, "number"))"
            let unknown = t.sentence.words.indices.filter { t.outOfVocabulary[$0] }.map { t.sentence.words[$0] }
            let list = unknown.prefix(3).joined(separator: " ") + (unknown.count > 3 ? " \(ctx.glyphs.ellipsis)" : "")
            // What gives way first on a narrow screen: the embedding's name, then the long words for "unknown".
            let candidates = unknown.isEmpty
                ? [base + " (\(t.embedding.name), e edits)" + shown, base + shown]
                : [base + " (\(t.embedding.name), e edits)" + shown + ", out of vocabulary: " + list,
                   base + shown + ", out of vocabulary: " + list, base + shown + ", unknown: " + list]
            title = candidates.first(where: fits) ?? candidates.last!
        }
        // In a model, where the input comes from, as the other layers say it, when the row has room.
        if state.model != nil, let source = [state.stageInputSource, state.stageInputSourceShort].first(where: { fits(title + ", " + $0) }) {
            title += ", \(source)"
        }
        ctx.titleLine(title, in: r, into: &grid, trailing: trailing, shorter: [trailing.prefix { $0 != "(" }.trimmingCharacters(in: " "), short])

        let step = state.currentStep
        let taps = Set(step.map { s in (0..<spec.kernelSize).map { s.layer.inputPosition(output: s.position, tap: $0) } } ?? [])
        let window = step.map { $0.layer.geometry.window(output: $0.position) }
        let cw = view.cellWidth
        let scale = visibleScale(ctx)

        let copies: ((Int) -> Int?)? = layer.flatMap { l in l.plan.fill == .zeros ? nil : { l.plan.source(of: $0, length: spec.length) } }
        ctx.positionAxis(view, label: ctx.layout.numbers ? "pos" : "p", y: r.y + 1, length: spec.length, words: state.inputAxisWords, copies: copies, into: &grid)
        // The inputs that the window's copying pad cells hold, lit like a clicked input's readers.
        let copied = Set(step.map { s in (0..<spec.kernelSize).compactMap { t -> Int? in
            let p = s.layer.inputPosition(output: s.position, tap: t)
            return p < 0 || p >= spec.length ? copies?(p) : nil
        } } ?? [])

        for row in 0..<ctx.layout.channelRows {
            let c = state.channelScroll + row
            guard c < spec.channels else { break }
            let y = r.y + 2 + row
            let group = layer.map { $0.firstChannel(filter: state.cursor.filter) }
            let inGroup = group.map { c >= $0 && c < $0 + spec.channelsPerGroup } ?? true
            grid.put(ctx.channelLabel(c, labels: labels, width: ctx.layout.gutter - 1), x: 1, y: y, style: inGroup ? .label : .dim)
            for p in view.positions {
                guard let x = view.column(of: p) else { continue }
                let isPad = p < 0 || p >= spec.length
                // The layer says what a pad cell holds (a zero, or the input cell a PyTorch padding mode copies).
                let v: Float = layer?.value(at: p, channel: c) ?? (isPad ? 0 : state.inputCache[p, c])
                var style: Style = isPad ? .pad : ctx.signStyle(v)
                if let w = window, w.contains(p) { style = .window }
                if taps.contains(p) && inGroup { style = .tap }
                if !isPad, let layer, !layer.geometry.isRead(p) { style = .unread }
                if p == state.selectedInput || (copied.contains(p) && inGroup) { style = .reader }
                if ctx.layout.numbers {
                    let text = NumberText.fit(v, width: cw - 1).leftPadded(toColumns: cw - 1)
                    grid.put(" " + text, x: x, y: y, style: style)
                    grid.restyle(x: x, y: y, count: 1, style: gapStyle(p: p, window: window, cell: style, left: x > 0 ? grid[x - 1, y].1 : .plain))
                } else {
                    grid.put(String(isPad ? ctx.glyphs.padCell : ctx.heatGlyph(v, scale: scale)), x: x, y: y, style: style)
                }
            }
        }
        renderMarker(ctx, taps: taps, window: window, into: &grid)
    }

    /// The gap column before a cell keeps the window's colour inside the window, so the window reads as one block.
    /// Outside it, a gap shares the style of a value with no background, which keeps a row to a few runs (fewer bytes a step).
    private func gapStyle(p: Int, window: ClosedRange<Int>?, cell: Style, left: Style) -> Style {
        // Between two taps the gap is part of the taps' block: one run instead of three.
        if let w = window, w.contains(p), p != w.lowerBound { return cell == .tap && left == .tap ? .tap : .window }
        if !cell.hasBackground { return cell }
        return left.hasBackground ? .plain : left
    }

    /// The row under the channels: a bracket under the window with a mark under each tap.
    private func renderMarker(_ ctx: RenderContext, taps: Set<Int>, window: ClosedRange<Int>?, into grid: inout Grid) {
        let r = ctx.layout.input, view = ctx.layout.inputView, y = r.y + r.height - 1
        guard let window, let step = ctx.state.currentStep else { return }
        let cw = view.cellWidth, markAt = cw > 1 ? cw - 2 : 0
        var lastX = view.x
        for p in window {
            guard let x = view.column(of: p) else { continue }
            let first = cw > 1 && p == window.lowerBound ? 1 : 0
            for i in first..<cw {
                let mark = i == markAt && taps.contains(p) ? ctx.glyphs.tapMark : ctx.glyphs.windowMark
                grid.put(String(mark), x: x + i, y: y, style: i == markAt && taps.contains(p) ? .tap : .window)
            }
            lastX = x + cw
        }
        let reads = step.layer.geometry.readPositions(output: step.position)
        let noun = reads.isEmpty ? "only pad cells" : (reads.count == 1 ? "input " : "inputs "), list = ctx.positionList(reads)
        var readText = reads.isEmpty ? noun : noun + list
        // Where the list has no room, its ends with "…" between still say which inputs (never "reads i…").
        var shortText = reads.count > 2 && !list.contains("..")
            ? noun + "\(reads[0]), \(ctx.glyphs.ellipsis), \(reads[reads.count - 1])" : readText
        let copies = (0..<ctx.state.spec.kernelSize).compactMap { t -> Int? in
            let p = step.layer.inputPosition(output: step.position, tap: t)
            return p < 0 || p >= ctx.state.spec.length ? step.layer.plan.source(of: p, length: ctx.state.spec.length) : nil
        }
        if !copies.isEmpty {
            let copying = (reads.isEmpty ? " copying " : ", and pads copying ") + ctx.positionList(copies)
            readText += copying
            shortText += copying
        }
        let words = ctx.quotedWords(reads, labels: ctx.state.inputLabels)
        if let words { readText = words; shortText = words }
        // The label stays at an end of the positions, on a side the window leaves free, so a step
        // changes a few digits of it rather than moving it (and it never hides the window).
        // Where the whole label has no room, what the window reads matters more than its name.
        let firstX = view.column(of: window.lowerBound) ?? view.x
        // On the left the label may start in the gutter, which this row leaves empty.
        let right = r.width - lastX, left = firstX - 1
        let index = " \(ctx.state.tensorOrder.y(step.position, "f\(step.filter)")) "
        // Every input listed comes before a name: "5, …, 7" hides a tap that "5, 6, 7" shows in the same room.
        var labels = [index + "reads \(readText) ", " reads \(readText) ", index + "reads \(shortText) ", " reads \(shortText) ",
                      " \(readText) ", " \(shortText) "]
        if reads.count > 1 && copies.isEmpty && words == nil {
            labels.append(" \(noun)\(reads[0]), \(ctx.glyphs.ellipsis) ")
        }
        // On a wide screen with few positions the label ends where the positions end, not 70 columns past them.
        let contentEnd = view.moreAfter ? r.width : min(r.width, view.x + view.count * cw + 1)
        if let label = labels.first(where: { $0.displayWidth <= max(left, right) }) {
            let width = label.displayWidth
            // On the left it starts under the positions where it fits there, else in the gutter.
            grid.put(label, x: width <= right ? max(lastX, contentEnd - width) : width <= firstX - view.x ? view.x : 1, y: y, style: .label)
        } else if max(left, right) >= max(Self.shortestLabel, index.displayWidth + 2) {
            // Cut only where enough of it is left to read ("y[39, f0] rea…"); a stub such as "y[1…" could be
            // taken for another output, so a window with less room beside it goes without a label.
            let room = max(left, right)
            grid.put(labels[0].fitted(to: room, ellipsis: ctx.glyphs.ellipsis), x: left > right ? 1 : lastX, y: y, style: .label)
        }
    }

    /// Columns a cut window label needs at least; it also needs the output's whole index and a little more.
    static let shortestLabel = 16

    /// The largest magnitude on screen, so the heatmap uses its full ramp.
    private func visibleScale(_ ctx: RenderContext) -> Float {
        let view = ctx.layout.inputView, spec = ctx.state.spec
        let rows = ScreenLayout.scaleRows(shown: ctx.state.channelScroll..<(ctx.state.channelScroll + ctx.layout.channelRows),
                                          of: spec.channels, cost: view.positions.count)
        var m: Float = 0
        for c in rows {
            for p in view.positions where p >= 0 && p < spec.length { m = max(m, abs(ctx.state.inputCache[p, c])) }
        }
        return m
    }
}
