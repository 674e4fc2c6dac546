/// The top two rows: the layer as a Keras call, then the shapes, the params and the padding.
struct HeaderView {
    func render(_ ctx: RenderContext, into grid: inout Grid) {
        let spec = ctx.state.spec
        let r = ctx.layout.header
        grid.put(kerasCall(spec), x: 1, y: r.y, style: .title, maxWidth: r.width - 2)
        var line = "input \(spec.inputShapeText) \(ctx.glyphs.arrow) "
        if let layer = ctx.layer {
            let cg = spec.channelsPerGroup
            line += "output (None, \(layer.outputLength), \(spec.filters))  params \(spec.kernelSize)\(ctx.glyphs.times)\(cg)\(ctx.glyphs.times)\(spec.filters)"
            line += spec.useBias ? "+\(spec.filters) = \(spec.paramCount)" : " = \(spec.paramCount)"
            line += "  padL=\(layer.plan.left) padR=\(layer.plan.right)"
            grid.put(line, x: 1, y: r.y + 1, style: .label, maxWidth: r.width - 2)
        } else {
            let end = grid.put(line, x: 1, y: r.y + 1, style: .label, maxWidth: r.width - 2)
            grid.put("no output: Keras raises an error", x: end, y: r.y + 1, style: .error, maxWidth: r.width - 1 - end)
        }
    }

    /// The layer as Keras code; defaults other than the four teaching knobs are left out to fit the width.
    func kerasCall(_ s: Conv1DSpec) -> String {
        var args = ["filters=\(s.filters)", "kernel_size=\(s.kernelSize)", "strides=\(s.strides)", "padding='\(s.padding.rawValue)'"]
        if s.dilationRate != 1 { args.append("dilation_rate=\(s.dilationRate)") }
        if s.groups != 1 { args.append("groups=\(s.groups)") }
        args.append("activation='\(s.activation.rawValue)'")
        if !s.useBias { args.append("use_bias=False") }
        return "Conv1D(\(args.joined(separator: ", ")))"
    }
}
