/// The arithmetic of the current step: each product x·w, their sum, the bias and the activation.
struct ComputationPanel {
    func render(_ ctx: RenderContext, into grid: inout Grid) {
        let r = ctx.layout.computation, state = ctx.state, spec = state.spec
        guard let step = state.currentStep else { return }
        let act = spec.activation.rawValue
        ctx.titleLine("\(state.tensorOrder.y(step.position, "f\(step.filter)")) = \(act)(\(ctx.glyphs.sum) x\(ctx.glyphs.product)w\(spec.useBias ? " + b" : ""))", in: r, into: &grid)
        let cw = ctx.layout.productCellWidth
        let inner = r.x + 1
        let labels = state.inputLabels
        let rowLabelWidth = Self.labelWidth(gutter: ctx.layout.gutter)
        let valuesX = inner + rowLabelWidth + 1
        let visibleTaps = ctx.layout.taps
        let cg = spec.channelsPerGroup
        // The cells are products, headed by the input each one multiplies: `x·w` says so where the kernel says `tap`.
        grid.put("x\(ctx.glyphs.product)w", x: inner, y: r.y + 1, style: .dim, maxWidth: rowLabelWidth)
        for t in 0..<min(spec.kernelSize, visibleTaps) {
            let p = step.layer.inputPosition(output: step.position, tap: t)
            let isPad = p < 0 || p >= spec.length
            let word = labels?.word(p).map { "'\($0)'".fitted(to: cw - 1, ellipsis: ctx.glyphs.ellipsis) }
            // A pad cell that copies an input (PyTorch's reflect, replicate, circular) names it: "(4)".
            let copy = isPad ? step.layer.plan.source(of: p, length: spec.length) : nil
            // A long position drops its x (`9999998` in seven columns) rather than run into the next.
            let label = (isPad ? copy.map { "(\($0))" } ?? "pad" : word ?? ("x\(p)".count < cw ? "x\(p)" : "\(p)"))
                .fitted(to: cw - 1, ellipsis: ctx.glyphs.ellipsis)
            let style: Style = isPad ? .padLabel : (labels?.isOutOfVocabulary(p) == true ? .unread : .label)
            grid.put(label.leftPadded(toColumns: cw - 1), x: valuesX + t * cw, y: r.y + 1, style: style)
        }
        if spec.kernelSize > visibleTaps { grid.put(ctx.glyphs.ellipsis, x: valuesX + visibleTaps * cw, y: r.y + 1, style: .dim) }
        let first = step.layer.firstChannel(filter: step.filter)
        let taps = step.taps
        for row in 0..<ctx.layout.channelRows {
            let c = state.channelScroll + row
            guard c < spec.channels else { break }
            let y = r.y + 2 + row
            let local = c - first
            grid.put(ctx.channelLabel(c, labels: labels, width: rowLabelWidth), x: inner, y: y, style: local >= 0 && local < cg ? .label : .dim)
            guard local >= 0, local < cg else { continue }
            for t in 0..<min(spec.kernelSize, visibleTaps) {
                let tap = taps[t * cg + local]
                let text = NumberText.fit(tap.product, width: cw - 1).leftPadded(toColumns: cw - 1)
                // Products are plain: the minus sign says the sign, and a step rewrites every one of them.
                let style = tap.isPad ? Style.pad : Style.plain
                // The gap before a value shares its style when it has no background, so a row is a few runs, not one per value.
                grid.put(style.hasBackground ? text : " " + text, x: valuesX + t * cw - (style.hasBackground ? 0 : 1), y: y, style: style)
            }
        }
        let rows = (state.channelScroll..<(state.channelScroll + ctx.layout.channelRows)).clamped(to: first..<(first + cg)).count
        renderSum(ctx, step: step, shown: rows * min(spec.kernelSize, visibleTaps), y: r.y + r.height - 1, into: &grid)
    }

    /// Columns a product takes: seven for the value (`-0.3125`) and a space.
    static let cellWidth = 8
    /// Columns a product of finer weights takes (`0.234375`, `-0.03125`), where there is room.
    static let wideCellWidth = 10

    /// Width of the row labels: `c0` or `c4095` whole, or a named channel cut to fit.
    static func labelWidth(gutter: Int) -> Int {
        min(max(gutter - 2, 3), 8)
    }

    /// Columns the panel needs to show `n` of `k` products a row, with "…" when some are left out.
    static func width(taps n: Int, of k: Int, labelWidth: Int, cell: Int = cellWidth) -> Int {
        labelWidth + n * cell + 1 + (n < k ? 2 : 0)
    }

    /// How many of `k` products a row fit in a panel `width` columns wide (at least one).
    static func taps(fitting width: Int, of k: Int, labelWidth: Int, cell: Int = cellWidth) -> Int {
        (1...max(k, 1)).last { Self.width(taps: $0, of: k, labelWidth: labelWidth, cell: cell) <= width } ?? 1
    }

    /// The closing rows: Σ of n products plus the bias, then the activation of that sum.
    ///
    /// When rows or taps are off screen the count says how many products are shown, so a sum of
    /// products that all look 0 is not taken for a mistake.
    private func renderSum(_ ctx: RenderContext, step: Step, shown: Int, y: Int, into grid: inout Grid) {
        let r = ctx.layout.computation, spec = ctx.state.spec
        let n = spec.kernelSize * spec.channelsPerGroup
        let limit = r.x + r.width - 1
        let fits = { (text: String) in r.x + 1 + text.count <= limit }
        // One pass over the products: a step of a big layer sums millions of them (900 taps × 4096 channels).
        let stepSum = step.sum, preActivation = spec.useBias ? stepSum + step.bias : stepSum
        let s = NumberText.exact(stepSum)
        let count = "\(ctx.glyphs.sum) \(plural(n, "product"))\(shown < n ? " (\(shown) shown)" : "")"
        // Said whole, then shorter; how many products show is kept while any form with it fits, and
        // Σ x·w (the title's words) is the last resort. The sum itself is never cut.
        let sum = ctx.glyphs.sum
        let totals = shown < n
            ? ["\(count) = \(s)", "\(sum) \(n) (\(shown) shown) = \(s)", "\(sum) x\(ctx.glyphs.product)w = \(s)"]
            : ["\(count) = \(s)", "\(sum) x\(ctx.glyphs.product)w = \(s)"]
        let total = totals.first(where: fits) ?? totals[totals.count - 1]
        let value = NumberText.exact(spec.activation.apply(preActivation))
        let head = "\(ctx.state.tensorOrder.y(step.position, "f\(step.filter)")) = "
        let act = spec.activation.rawValue
        guard spec.useBias else {
            ctx.putSegments([(total, .label)], x: r.x + 1, y: y - 1, limit: limit, into: &grid)
            return renderValue(ctx, head: head, applied: "\(act)(\(s)) = ", value: value, y: y, limit: limit, into: &grid)
        }
        let b = NumberText.exact(step.bias), pre = NumberText.exact(preActivation)
        // The bias is never dropped for room: without it on the Σ row, it opens the next one. One of
        // a few forms, so that neighbouring steps read alike.
        // Where the shown sum and bias do not add up by hand to the shown result, the rows say whose
        // arithmetic it is: in words where they fit, else as "(f32)", which the help's Names page explains;
        // on the Σ row, else on the bias row below it. The count of products stays.
        let marks = NumberText.float32Marks(s, b, pre)
        let arrow = ctx.glyphs.arrow, oneRow = total + " + bias \(b) = \(pre)"
        for mark in marks {
            if fits(oneRow + mark) {
                ctx.putSegments([(oneRow + mark, .label)], x: r.x + 1, y: y - 1, limit: limit, into: &grid)
                return renderValue(ctx, head: head, applied: "\(act)(\(pre)) = ", value: value, y: y, limit: limit, into: &grid)
            }
            let leads = ["+ bias \(b) = \(pre)\(mark), \(act) \(arrow) ", "+b \(b) = \(pre)\(mark), \(act) \(arrow) ", "+b \(b) = \(pre)\(mark) \(arrow) "]
            if let lead = leads.first(where: { fits($0 + value) }) {
                ctx.putSegments([(total, .label)], x: r.x + 1, y: y - 1, limit: limit, into: &grid)
                ctx.putSegments([(lead, .label), (value, .current)], x: r.x + 1, y: y, limit: limit, into: &grid)
                return
            }
        }
        if fits(oneRow) {
            ctx.putSegments([(oneRow, .label)], x: r.x + 1, y: y - 1, limit: limit, into: &grid)
            return renderValue(ctx, head: head, applied: "\(act)(\(pre)) = ", value: value, y: y, limit: limit, into: &grid)
        }
        // The activation's name is in the title, so the narrower forms keep the bias and the value rather than the name.
        let steps = ["+ bias \(b) = \(pre), \(act)(\(pre)) = ", "+ bias \(b) = \(pre), \(act) \(arrow) ",
                     "+b \(b) = \(pre), \(act) \(arrow) ", "+b \(b) = \(pre) \(arrow) "]
        // Narrowest of all, the bias joins the Σ row and the second row starts at the sum with it.
        if !fits(steps.last! + value), let short = totals.first(where: { fits($0 + " +b \(b)") }) {
            ctx.putSegments([(short + " +b \(b)", .label)], x: r.x + 1, y: y - 1, limit: limit, into: &grid)
            let marked = "= \(pre)\(marks.last ?? "") \(arrow) "
            ctx.putSegments([(fits(marked + value) ? marked : "= \(pre) \(arrow) ", .label), (value, .current)], x: r.x + 1, y: y, limit: limit, into: &grid)
            return
        }
        ctx.putSegments([(total, .label)], x: r.x + 1, y: y - 1, limit: limit, into: &grid)
        let lead = steps.map { ($0, Style.label) }.first { fits($0.0 + value) } ?? (steps.last!, .label)
        ctx.putSegments([lead, (value, .current)], x: r.x + 1, y: y, limit: limit, into: &grid)
    }

    /// The activation row: `y[j, f] = relu(z) = v`, or `y[j, f] = v` when the argument does not fit.
    private func renderValue(_ ctx: RenderContext, head: String, applied: String, value: String, y: Int, limit: Int, into grid: inout Grid) {
        let r = ctx.layout.computation
        // Without room for the activation's argument, the value alone is still exact.
        let full = r.x + 1 + head.count + applied.count + value.count <= limit
        ctx.putSegments([(head, .label)] + (full ? [(applied, Style.label)] : []) + [(value, .current)], x: r.x + 1, y: y, limit: limit, into: &grid)
    }
}
