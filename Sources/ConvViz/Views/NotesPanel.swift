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
        if ctx.state.framework == .pytorch {
            lines = Self.torchLines(ctx.state, plan: plan, style: style)
            for (i, line) in lines.prefix(r.height).enumerated() { grid.put(line, x: r.x + 1, y: r.y + i, style: .dim, maxWidth: r.width - 2) }
            return
        }
        lines.append("output length (\(spec.padding.rawValue)) = \(formula.numeric(style))    span = d(k\(style.minus)1)+1 = \(spec.span)")
        switch spec.padding {
        case .valid: lines.append("padding valid: no pad cells; windows that would run past the end are dropped")
        case .same: lines.append("padding same: total \(formula.sameTotal(style)) \(ctx.glyphs.arrow) left \(plan.left), right \(plan.right)\(plan.left != plan.right ? " (the extra cell goes right)" : "")")
        case .causal:
            let cells = "d(k\(style.minus)1) = \(plural(plan.left, "cell"))", never = "y[j] never sees inputs after j\(style.times)s"
            lines.append(StageText.fitted(["padding causal: \(cells), all on the left, so \(never)", "causal: \(cells), all on the left: \(never)",
                                           "causal: \(plural(plan.left, "pad cell")) on the left: \(never)"], width: r.width - 2))
        }
        guard let unread = ctx.state.unread else { return }
        if plan.outputLength == 0 {
            lines.append("no outputs: an empty input gives an empty (0, \(spec.filters)) output, so there are no steps")
        } else if unread.count == 0 {
            lines.append("every input is read by at least one output")
        } else {
            let runs = unread.runs.map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound)..\($0.upperBound)" }.joined(separator: ", ")
            lines.append("never read: input\(unread.count == 1 ? "" : "s") \(runs)\(unread.runCount > unread.runs.count ? ", \(ctx.glyphs.ellipsis)" : "") (\(unread.count) in all)")
        }
        var unreadLine = lines.count - 1
        if unread.count > 0 && plan.outputLength > 0 {
            // Inputs no output reads matter more than how the padding works: on a short screen they come second.
            lines.insert(lines.removeLast(), at: 1)
            unreadLine = 1
        }
        // Last, as the least needed: what the other framework gives for this layer.
        if let other = Self.otherFramework(ctx.state, plan: plan) { lines.append(other) }
        for (i, line) in lines.prefix(r.height).enumerated() {
            grid.put(line, x: r.x + 1, y: r.y + i, style: i == unreadLine && unread.count > 0 ? .unread : .dim, maxWidth: r.width - 2)
        }
    }

    /// PyTorch's length formula with the numbers in, and what the padding mode puts in the pad cells.
    static func torchLines(_ state: AppState, plan: PaddingPlan, style: FormulaStyle) -> [String] {
        let s = state.spec, m = style.minus
        var lines = ["output length = " + style.floor("(L + \(plan.left) + \(plan.right) \(m) span)/s") + " + 1 = "
            + style.floor("(\(s.length) + \(plan.left) + \(plan.right) \(m) \(s.span))/\(s.strides)") + " + 1 = \(plan.outputLength)    span = \(s.span)"]
        switch state.paddingMode {
        case .zeros: lines.append("padding_mode zeros: the \(plan.left) left and \(plan.right) right pad cells hold 0")
        case .reflect: lines.append("padding_mode reflect: pad cells mirror the input, edge not repeated: (1) holds x[1]")
        case .replicate: lines.append("padding_mode replicate: pad cells repeat the edge value: x[0] on the left, x[L\(m)1] on the right")
        case .circular: lines.append("padding_mode circular: the input wraps around: the left pads hold its last values")
        }
        if let other = otherFramework(state, plan: plan) { lines.append(other) }
        return lines
    }

    /// What the other framework gives for the same layer, when its length differs (or it refuses it).
    static func otherFramework(_ state: AppState, plan: PaddingPlan) -> String? {
        let s = state.spec
        if state.framework == .pytorch {
            let keras = PaddingPlan.keras(length: s.length, span: s.span, strides: s.strides, padding: .same)
            let valid = PaddingPlan.keras(length: s.length, span: s.span, strides: s.strides, padding: .valid)
            if keras.outputLength == plan.outputLength || valid.outputLength == plan.outputLength { return nil }
            return "Keras: 'same' gives \(keras.outputLength) outputs, 'valid' \(max(valid.outputLength, 0)); ZeroPadding1D((\(plan.left), \(plan.right))) + 'valid' gives \(plan.outputLength)"
        }
        switch s.padding {
        case .valid: return nil
        case .same where s.strides == 1: return nil
        case .same, .causal:
            // PyTorch pads both sides alike: the nearest is the smaller side, which changes the length.
            var torch = state.torchModule
            torch.padding = .explicit(min(plan.left, plan.right))
            torch.paddingMode = .zeros
            let n = torch.validate().value?.outputLength
            let refusal = s.padding == .same ? "refuses 'same' at stride \(s.strides)" : "has no causal padding"
            return "PyTorch \(refusal): padding=\(min(plan.left, plan.right)) gives \(n.map(String.init) ?? "no") outputs; F.pad(x, (\(plan.left), \(plan.right))) first gives \(plan.outputLength)"
        }
    }
}
