/// The top two rows: the layer as a Keras call, then the shapes, the params and the padding.
struct HeaderView {
    func render(_ ctx: RenderContext, into grid: inout Grid) {
        let spec = ctx.state.spec
        let r = ctx.layout.header
        let limit = r.width - 1
        let lines = Self.callLines(spec, width: limit - 1)
        for (i, line) in lines.enumerated() { grid.put(line, x: 1, y: r.y + i, style: .title, maxWidth: limit - 1) }
        let shapesY = r.y + lines.count
        let shapes = "input \(spec.inputShapeText) \(ctx.glyphs.arrow) "
        guard let layer = ctx.layer else {
            ctx.putSegments([(shapes, .label), ("no output: Keras raises an error", .error)], x: 1, y: shapesY, limit: limit, into: &grid)
            return
        }
        let t = ctx.glyphs.times
        let params = "\(spec.kernelSize)\(t)\(spec.channelsPerGroup)\(t)\(spec.filters)" + (spec.useBias ? "+\(spec.filters)" : "") + " = \(spec.paramCount)"
        ctx.putSegments([
            (shapes + "output (None, \(layer.outputLength), \(spec.filters))", .label),
            ("  params \(params)", .label),
            ("  padL=\(layer.plan.left) padR=\(layer.plan.right)", .label),
        ], x: 1, y: shapesY, limit: limit, into: &grid)
    }

    /// The whole Keras call in rows of at most `width`, broken after a comma (one row when it fits).
    static func callLines(_ s: Conv1DSpec, width: Int) -> [String] {
        let args = arguments(s)
        var lines: [String] = [], current = "Conv1D("
        for (i, arg) in args.enumerated() {
            let piece = arg + (i == args.count - 1 ? ")" : ",")
            if current.count + piece.count + 1 > width && current.count > 7 {
                lines.append(current)
                current = "       "
            } else if current.count > 7 {
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
