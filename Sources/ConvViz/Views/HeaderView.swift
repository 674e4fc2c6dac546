/// The top rows: the layer as a Keras call (or PyTorch's nn.Conv1d), then the shapes, the params and the padding.
struct HeaderView {
    func render(_ ctx: RenderContext, into grid: inout Grid) {
        let spec = ctx.state.spec
        let r = ctx.layout.header
        let limit = r.width - 1
        let lines = Self.rows(Self.callLines(ctx.state, width: limit - 1), fitting: r.height - 1, width: limit - 1, ellipsis: ctx.glyphs.ellipsis)
        for (i, line) in lines.enumerated() { grid.put(line, x: 1, y: r.y + i, style: .title, maxWidth: limit - 1) }
        let shapesY = r.y + lines.count
        let torch = ctx.state.framework == .pytorch
        // PyTorch puts channels first: (N, C, L).
        let shapes = "input " + (torch ? "(N, \(spec.channels), \(spec.length))" : spec.inputShapeText) + " \(ctx.glyphs.arrow) "
        guard let layer = ctx.layer else {
            ctx.putSegments([(shapes, .label), ("no output: \(torch ? "PyTorch" : "Keras") raises an error", .error)], x: 1, y: shapesY, limit: limit, into: &grid)
            return
        }
        let t = ctx.glyphs.times
        let params = "\(spec.kernelSize)\(t)\(spec.channelsPerGroup)\(t)\(spec.filters)" + (spec.useBias ? "+\(spec.filters)" : "") + " = \(spec.paramCount)"
        let output = torch ? "output (N, \(spec.filters), \(layer.outputLength))" : "output (None, \(layer.outputLength), \(spec.filters))"
        var segments: [(String, Style)] = [
            (shapes + output, .label),
            ("  params \(params)", .label),
            ("  padL=\(layer.plan.left) padR=\(layer.plan.right)", .label),
        ]
        // A padding split is worth more than the params' formula (the notes and `explain` give it); "padL=0 padR=0" is not.
        let short = "  params \(spec.paramCount)", total = 1 + segments.reduce(0, { $0 + $1.0.count })
        if layer.plan.left + layer.plan.right > 0, total > limit, total - segments[1].0.count + short.count <= limit { segments[1].0 = short }
        // Inside a model, what one output sees of the model's input, only where it fits whole.
        if let seen = NotesPanel.modelField(ctx.state, span: spec.span, dash: ctx.glyphs.dash)?.last,
           1 + segments.reduce(0, { $0 + $1.0.count }) + seen.count + 2 <= limit {
            segments.append(("  " + seen, .dim))
        }
        ctx.putSegments(segments, x: 1, y: shapesY, limit: limit, into: &grid)
    }

    /// At most `rows` of `lines` (at least one), the last ending in "…" when some are left out.
    static func rows(_ lines: [String], fitting rows: Int, width: Int, ellipsis: String) -> [String] {
        let n = max(rows, 1)
        guard lines.count > n else { return lines }
        var kept = Array(lines.prefix(n))
        kept[n - 1] = (kept[n - 1] + " ").fitted(to: width - ellipsis.displayWidth, ellipsis: "") + ellipsis
        return kept
    }

    /// The whole call in rows of at most `width`, broken after a comma (one row when it fits):
    /// Keras's `Conv1D(…)`, or PyTorch's `nn.Conv1d(…)` followed by the activation it applies.
    static func callLines(_ state: AppState, width: Int) -> [String] {
        let s = state.spec
        guard state.framework == .pytorch else { return wrap("Conv1D(", arguments(s), width: width) }
        let m = state.torchModule
        // A model's conv with padding PyTorch cannot name ('causal', strided 'same') is computed as an F.pad then padding 0.
        var head = "nn.Conv1d("
        if state.model != nil, case .explicit(0) = m.padding, let plan = state.layer.value?.plan, plan.left + plan.right > 0 {
            head = "F.pad(x, (\(plan.left), \(plan.right))) then nn.Conv1d("
        }
        let core = ["in_channels=\(m.inChannels)", "out_channels=\(m.outChannels)", "kernel_size=\(m.kernelSize)", "stride=\(m.stride)",
                    "padding=\(m.padding.pythonText)"]
        let rest = [("dilation=\(m.dilation)", m.dilation == 1), ("groups=\(m.groups)", m.groups == 1),
                    ("bias=\(m.useBias ? "True" : "False")", m.useBias), ("padding_mode='\(m.paddingMode.rawValue)'", m.paddingMode == .zeros)]
        // On a narrow screen PyTorch's defaults give way, as Keras's header leaves its own out, so the input keeps its rows.
        let full = withActivation({ wrap(head, core + rest.map(\.0), width: $0) }, s.activation, indent: head.count, width: width)
        guard full.count > 2 else { return full }
        return withActivation({ wrap(head, core + rest.filter { !$0.1 }.map(\.0), width: $0) }, s.activation, indent: head.count, width: width)
    }

    /// The activation after the module, as the Dense's and explain's: ", then torch.relu" (on a row of its own if need be).
    private static func withActivation(_ wrapped: (Int) -> [String], _ activation: Activation, indent: Int, width: Int) -> [String] {
        let lines = wrapped(width)
        guard activation != .linear, let last = lines.last else { return lines }
        let then = ", then torch.\(activation.rawValue)"
        if last.count + then.count <= width { return lines.dropLast() + [last + then] }
        // On a row of its own; the call's last row keeps the comma, so it is wrapped a column narrower to hold it.
        let narrower = wrapped(width - 1)
        return narrower.dropLast() + [narrower[narrower.count - 1] + ",", String(repeating: " ", count: indent) + then.dropFirst(2)]
    }

    /// `head` and the arguments, comma-separated, broken into rows of at most `width`.
    private static func wrap(_ head: String, _ args: [String], width: Int) -> [String] {
        let indent = String(repeating: " ", count: head.count)
        var lines: [String] = [], current = head
        for (i, arg) in args.enumerated() {
            let piece = arg + (i == args.count - 1 ? ")" : ",")
            if current.count + piece.count + 1 > width && current.count > head.count {
                lines.append(current)
                current = indent
            } else if current.count > head.count {
                current += " "
            }
            current += piece
        }
        return lines + [current]
    }

    /// The call's arguments: the four teaching knobs and padding always, other arguments when not Keras's defaults.
    static func arguments(_ s: Conv1DSpec) -> [String] {
        var args = ["filters=\(s.filters)", "kernel_size=\(s.kernelSize)"]
        args += ["strides=\(s.strides)", "padding='\(s.padding.rawValue)'"]
        if s.dilationRate != 1 { args.append("dilation_rate=\(s.dilationRate)") }
        if s.groups != 1 { args.append("groups=\(s.groups)") }
        args.append("activation='\(s.activation.rawValue)'")
        if !s.useBias { args.append("use_bias=False") }
        return args
    }
}
