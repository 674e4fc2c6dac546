/// The top two rows: the layer as a Keras call, then the shapes, the params and the padding.
struct HeaderView {
    func render(_ ctx: RenderContext, into grid: inout Grid) {
        let spec = ctx.state.spec
        let r = ctx.layout.header
        let limit = r.width - 1
        let call = kerasCall(spec, named: true).count <= limit - 1 ? kerasCall(spec, named: true) : kerasCall(spec, named: false)
        grid.put(call, x: 1, y: r.y, style: .title, maxWidth: limit - 1)
        let shapes = "input \(spec.inputShapeText) \(ctx.glyphs.arrow) "
        guard let layer = ctx.layer else {
            ctx.putSegments([(shapes, .label), ("no output: Keras raises an error", .error)], x: 1, y: r.y + 1, limit: limit, into: &grid)
            return
        }
        let t = ctx.glyphs.times
        let params = "\(spec.kernelSize)\(t)\(spec.channelsPerGroup)\(t)\(spec.filters)" + (spec.useBias ? "+\(spec.filters)" : "") + " = \(spec.paramCount)"
        ctx.putSegments([
            (shapes + "output (None, \(layer.outputLength), \(spec.filters))", .label),
            ("  params \(params)", .label),
            ("  padL=\(layer.plan.left) padR=\(layer.plan.right)", .label),
        ], x: 1, y: r.y + 1, limit: limit, into: &grid)
    }

    /// The layer as Keras code; defaults other than the four teaching knobs are left out to fit the width.
    /// Unnamed, `filters` and `kernel_size` go by position, which Keras accepts too.
    func kerasCall(_ s: Conv1DSpec, named: Bool) -> String {
        var args = named ? ["filters=\(s.filters)", "kernel_size=\(s.kernelSize)"] : ["\(s.filters)", "\(s.kernelSize)"]
        args += ["strides=\(s.strides)", "padding='\(s.padding.rawValue)'"]
        if s.dilationRate != 1 { args.append("dilation_rate=\(s.dilationRate)") }
        if s.groups != 1 { args.append("groups=\(s.groups)") }
        args.append("activation='\(s.activation.rawValue)'")
        if !s.useBias { args.append("use_bias=False") }
        return "Conv1D(\(args.joined(separator: ", ")))"
    }
}
