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
        // Each line offers shorter forms, the first that fits is drawn: a note keeps its point at 80 columns.
        func put(_ lines: [[String]], unreadLine: Int? = nil) {
            for (i, forms) in lines.prefix(r.height).enumerated() {
                grid.put(StageText.fitted(forms, width: r.width - 2), x: r.x + 1, y: r.y + i, style: i == unreadLine ? .unread : .dim, maxWidth: r.width - 2)
            }
        }
        if ctx.state.framework == .pytorch { return put(Self.torchLines(ctx.state, plan: plan, style: style)) }
        let formula = LengthFormula(padding: spec.padding, length: spec.length, span: spec.span, strides: spec.strides)
        var lines: [[String]] = []
        let length = "output length (\(spec.padding.rawValue)) = \(formula.numeric(style))"
        lines.append(["\(length)    span = d(k\(style.minus)1)+1 = \(spec.span)", length])
        switch spec.padding {
        case .valid: lines.append(["padding valid: no pad cells; windows that would run past the end are dropped", "valid: no pad cells; windows running past the end are dropped"])
        case .same:
            let split = "total \(formula.sameTotal(style)) \(ctx.glyphs.arrow) left \(plan.left), right \(plan.right)"
            lines.append(plan.left != plan.right
                ? ["padding same: \(split) (the extra cell goes right)", "padding same: \(split), extra on the right", "padding same: \(split)", "same: \(split)"]
                : ["padding same: \(split)", "same: \(split)"])
        case .causal:
            let cells = "d(k\(style.minus)1) = \(plural(plan.left, "cell"))", never = "y[j] never sees inputs after j\(style.times)s"
            lines.append(["padding causal: \(cells), all on the left, so \(never)", "causal: \(cells), all on the left: \(never)",
                          "causal: \(plural(plan.left, "pad cell")) on the left: \(never)"])
        }
        guard let unread = ctx.state.unread else { return }
        if plan.outputLength == 0 {
            lines.append(["no outputs: an empty input gives an empty (0, \(spec.filters)) output, so there are no steps",
                          "no outputs: an empty input gives an empty (0, \(spec.filters)) output"])
        } else if unread.count == 0 {
            lines.append(["every input is read by at least one output"])
        } else {
            let runs = unread.runs.map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound)..\($0.upperBound)" }.joined(separator: ", ")
            lines.append(["never read: input\(unread.count == 1 ? "" : "s") \(runs)\(unread.runCount > unread.runs.count ? ", \(ctx.glyphs.ellipsis)" : "") (\(unread.count) in all)"])
        }
        var unreadLine: Int? = nil
        if unread.count > 0 && plan.outputLength > 0 {
            // Inputs no output reads matter more than how the padding works: on a short screen they come
            // right after the length (after what a model's output sees, in a model).
            lines.insert(lines.removeLast(), at: 1)
            unreadLine = 1
        }
        if let seen = Self.modelField(ctx.state, span: spec.span, dash: ctx.glyphs.dash) {
            // Inside a model, how much of the model's input one output sees is the question after its length.
            lines.insert(seen, at: 1)
            unreadLine = unreadLine.map { $0 + 1 }
        }
        // Last, as the least needed: what the other framework gives for this layer.
        if let other = Self.otherFramework(ctx.state, plan: plan) { lines.append(other) }
        put(lines, unreadLine: unreadLine)
    }

    /// How many steps of the model's input one output of this Conv1D sees, through every layer up to it,
    /// long form first; nil outside a model, or when that is just this layer's span.
    static func modelField(_ state: AppState, span: Int, dash: String) -> [String]? {
        guard let size = state.modelInputSeen, size != span else { return nil }
        let layers = "layers 1\(dash)\(state.stageIndex + 1)"
        return ["through \(layers), one output sees \(size) steps of the model's input", "one output sees \(size) input steps (\(layers))"]
    }

    /// PyTorch's length formula with the numbers in, and what the padding mode puts in the pad cells, each with shorter forms.
    static func torchLines(_ state: AppState, plan: PaddingPlan, style: FormulaStyle) -> [[String]] {
        let s = state.spec, m = style.minus
        let numeric = style.floor("(\(s.length) + \(plan.left) + \(plan.right) \(m) \(s.span))/\(s.strides)") + " + 1 = \(plan.outputLength)"
        let symbolic = "output length = " + style.floor("(L + \(plan.left) + \(plan.right) \(m) span)/s") + " + 1 = " + numeric
        var lines = [["\(symbolic)    span = \(s.span)", symbolic, "output length = \(numeric)    span = \(s.span)", "output length = \(numeric)"]]
        switch state.paddingMode {
        case .zeros: lines.append(["padding_mode zeros: the \(plan.left) left and \(plan.right) right pad cells hold 0", "zeros: the \(plan.left) left and \(plan.right) right pad cells hold 0"])
        case .reflect: lines.append(["padding_mode reflect: pad cells mirror the input, edge not repeated: (1) holds x[1]",
                                     "reflect: pad cells mirror the input, edge not repeated: (1) holds x[1]"])
        case .replicate: lines.append(["padding_mode replicate: pad cells repeat the edge value: x[0] on the left, x[L\(m)1] on the right",
                                       "replicate: pad cells repeat the edge: x[0] on the left, x[L\(m)1] on the right"])
        case .circular: lines.append(["padding_mode circular: the input wraps around: the left pads hold its last values",
                                      "circular: the input wraps around: the left pads hold its last values"])
        }
        if let other = otherFramework(state, plan: plan) { lines.append(other) }
        return lines
    }

    /// What the other framework gives for the same layer, when its length differs (or it refuses it), long form first.
    static func otherFramework(_ state: AppState, plan: PaddingPlan) -> [String]? {
        let s = state.spec
        if state.framework == .pytorch {
            let keras = PaddingPlan.keras(length: s.length, span: s.span, strides: s.strides, padding: .same)
            let valid = PaddingPlan.keras(length: s.length, span: s.span, strides: s.strides, padding: .valid)
            if keras.outputLength == plan.outputLength || valid.outputLength == plan.outputLength { return nil }
            let zero = "ZeroPadding1D((\(plan.left), \(plan.right)))"
            return ["Keras: 'same' gives \(keras.outputLength) outputs, 'valid' \(max(valid.outputLength, 0)); \(zero) + 'valid' gives \(plan.outputLength)",
                    "Keras: 'same' \(keras.outputLength), 'valid' \(max(valid.outputLength, 0)); \(zero) then 'valid' \(plan.outputLength)"]
        }
        switch s.padding {
        case .valid: return nil
        case .same where s.strides == 1: return nil
        case .same, .causal:
            // PyTorch pads both sides alike: the nearest is the smaller side, which changes the length.
            var torch = state.torchModule
            torch.padding = .explicit(min(plan.left, plan.right))
            torch.paddingMode = .zeros
            let n = torch.validate().value.map { String($0.outputLength) } ?? "no"
            let refusal = s.padding == .same ? "refuses 'same' at stride \(s.strides)" : "has no causal padding"
            let pad = "F.pad(x, (\(plan.left), \(plan.right)))"
            return ["PyTorch \(refusal): padding=\(min(plan.left, plan.right)) gives \(n) outputs; \(pad) first gives \(plan.outputLength)",
                    "PyTorch: padding=\(min(plan.left, plan.right)) gives \(n) outputs; \(pad) first gives \(plan.outputLength)"]
        }
    }
}
