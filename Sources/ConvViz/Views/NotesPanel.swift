/// The spare rows above the status line: where the output length and the padding come from.
///
/// Learners see `(None, 12, 4)` without the arithmetic behind it; these lines show it
/// with the numbers put in, from the same formulas `explain` prints.
struct NotesPanel {
    func render(_ ctx: RenderContext, into grid: inout Grid) {
        let r = ctx.layout.notes
        guard r.height > 0, let layer = ctx.layer else { return }
        let spec = layer.spec, plan = layer.plan
        let style: FormulaStyle = ctx.glyphs == .ascii ? .ascii : .unicode
        let formula = LengthFormula(padding: spec.padding, length: spec.length, span: spec.span, strides: spec.strides)
        var lines: [String] = []
        lines.append("output length (\(spec.padding.rawValue)) = \(formula.numeric(style))    span = d(k\(style.minus)1)+1 = \(spec.span)")
        switch spec.padding {
        case .valid: lines.append("padding valid: no pad cells; windows that would run past the end are dropped")
        case .same: lines.append("padding same: total \(formula.sameTotal(style)) \(ctx.glyphs.arrow) left \(plan.left), right \(plan.right)\(plan.left != plan.right ? " (the extra cell goes right)" : "")")
        case .causal: lines.append("padding causal: d(k\(style.minus)1) = \(plan.left) cells, all on the left, so y[j] never sees inputs after j\(style.times)s")
        }
        guard let unread = ctx.state.unread else { return }
        if plan.outputLength == 0 {
            lines.append("no outputs: an empty input gives an empty (0, \(spec.filters)) output, so there are no steps")
        } else if unread.count == 0 {
            lines.append("every input is read by at least one output")
        } else {
            let runs = unread.runs.map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound)\(style.minus)\($0.upperBound)" }.joined(separator: ", ")
            lines.append("never read: input\(unread.count == 1 ? "" : "s") \(runs)\(unread.runCount > unread.runs.count ? ", \(ctx.glyphs.ellipsis)" : "") (\(unread.count) in all)")
        }
        for (i, line) in lines.prefix(r.height).enumerated() {
            grid.put(line, x: r.x + 1, y: r.y + i, style: i == 2 && unread.count > 0 ? .unread : .dim, maxWidth: r.width - 2)
        }
    }
}
