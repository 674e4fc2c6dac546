import ConvMath

/// `explain --framework pytorch`: the facts of one `nn.Conv1d`, then how to say the same in Keras.
public struct TorchExplainReport {
    public let module: TorchConv1D
    public let activation: Activation
    public let style: FormulaStyle

    public init(module: TorchConv1D, activation: Activation, style: FormulaStyle) {
        self.module = module
        self.activation = activation
        self.style = style
    }

    /// PyTorch's error for this module, if it refuses it.
    public var error: LayerError? {
        if case .failure(let e) = module.validate() { return e }
        return nil
    }

    /// The PyTorch call.
    public var call: String {
        let m = module
        return "nn.Conv1d(in_channels=\(m.inChannels), out_channels=\(m.outChannels), kernel_size=\(m.kernelSize), stride=\(m.stride), "
            + "padding=\(m.padding.pythonText), dilation=\(m.dilation), groups=\(m.groups), bias=\(m.useBias ? "True" : "False"), padding_mode='\(m.paddingMode.rawValue)')"
    }

    /// One fact per line, PyTorch first; then the Keras equivalent's lines.
    public var lines: [String] {
        let m = module, minus = style.minus
        var out = ["pytorch: " + call + (activation == .linear ? "" : ", then torch.\(activation.rawValue)")]
        out.append("input shape: (N, \(m.inChannels), \(m.length))  (PyTorch puts channels first)")
        guard case .success(let plan) = module.validate() else {
            out.append("PyTorch refuses this module: \(error.map { "\($0.type): \($0.message)" } ?? "")")
            if m.padding == .same && m.stride > 1 && m.dilation == 1 {
                // Keras pads 'same' at any stride, unevenly when it must; PyTorch gets there with an explicit pad.
                let keras = PaddingPlan.keras(length: m.length, span: m.span, strides: m.stride, padding: .same)
                if keras.outputLength > 0 {
                    out.append("keras: layers.Conv1D(filters=\(m.outChannels), kernel_size=\(m.kernelSize), strides=\(m.stride), padding='same') accepts it: padL=\(keras.left) padR=\(keras.right), output (None, \(keras.outputLength), \(m.outChannels))")
                    out.append("pytorch instead: F.pad(x, (\(keras.left), \(keras.right))) then nn.Conv1d(..., stride=\(m.stride), padding=0) gives the same \(keras.outputLength) outputs")
                }
            }
            return out
        }
        out.append("output shape: (N, \(m.outChannels), \(plan.outputLength))")
        out.append("padding: \(m.padding.pythonText)  padL=\(plan.left)  padR=\(plan.right)  padding_mode='\(m.paddingMode.rawValue)'")
        out.append("output length = " + style.floor("(L + padL + padR \(minus) span)/s") + " + 1 = "
            + style.floor("(\(m.length) + \(plan.left) + \(plan.right) \(minus) \(m.span))/\(m.stride)") + " + 1 = \(plan.outputLength)")
        if m.paddingMode != .zeros, plan.left + plan.right > 0 {
            let left = (-plan.left..<0).compactMap { m.paddingMode.source(of: $0, length: m.length) }
            let right = (m.length..<(m.length + plan.right)).compactMap { m.paddingMode.source(of: $0, length: m.length) }
            out.append("pad cells (\(m.paddingMode.rawValue)): left copy inputs \(left.map(String.init).joined(separator: ", ")), right copy inputs \(right.map(String.init).joined(separator: ", "))")
        }
        // The facts Keras's report gives, from the same geometry with PyTorch's pads.
        let spec = Conv1DSpec(length: m.length, channels: m.inChannels, filters: m.outChannels, kernelSize: m.kernelSize, strides: m.stride,
                              padding: .valid, dilationRate: m.dilation, groups: m.groups, useBias: m.useBias)
        let facts = ExplainReport(spec: spec, style: style)
        out += facts.spanLines
        let t = style.times, cg = m.inChannels / max(m.groups, 1)
        out.append("params = F\(t)(C/G)\(t)k\(m.useBias ? " + F" : "") = \(m.outChannels)\(t)\(cg)\(t)\(m.kernelSize)\(m.useBias ? " + \(m.outChannels)" : "") = \(m.paramCount)")
        out.append("weight shape: (\(m.outChannels), \(cg), \(m.kernelSize))  bias shape: \(m.useBias ? "(\(m.outChannels),)" : "none (bias=False)")")
        let geometry = Conv1DGeometry(spec: spec, plan: plan)
        var reads = facts.readLines(geometry)
        // A pad cell that copies an input reads it too; and Keras never has a stride with a dilation,
        // which the unread-run reasoning assumes. Either way, every window's taps are walked.
        let copies = m.paddingMode != .zeros && plan.left + plan.right > 0
        if copies || (m.stride > 1 && m.dilation > 1), plan.outputLength * m.kernelSize <= 10_000_000 {
            var read = [Bool](repeating: false, count: m.length)
            for j in 0..<plan.outputLength {
                for tap in 0..<m.kernelSize {
                    let q = geometry.inputPosition(output: j, tap: tap)
                    if let p = q >= 0 && q < m.length ? q : m.paddingMode.source(of: q, length: m.length) { read[p] = true }
                }
            }
            let unread = read.indices.filter { !read[$0] }
            reads = reads.filter { !$0.hasPrefix("never read") && !$0.hasPrefix("note:") }
            reads.append("never read: " + (unread.isEmpty ? "none" : (unread.count == 1 ? "input " : "inputs ") + ExplainReport.runsText(unread))
                + (copies ? " (counting the inputs the pad cells copy, padding_mode='\(m.paddingMode.rawValue)')" : ""))
        }
        out += reads
        out += kerasEquivalent(plan)
        return out
    }

    /// How Keras builds the same layer, when it can.
    private func kerasEquivalent(_ plan: PaddingPlan) -> [String] {
        let m = module
        let conv = "Conv1D(filters=\(m.outChannels), kernel_size=\(m.kernelSize), strides=\(m.stride), dilation_rate=\(m.dilation), groups=\(m.groups), activation='\(activation.rawValue)', use_bias=\(m.useBias ? "True" : "False")"
        if m.stride > 1 && m.dilation > 1 {
            return ["keras: no equivalent: Keras refuses strides > 1 together with dilation_rate > 1"]
        }
        switch (m.paddingMode, plan.left + plan.right) {
        case (_, 0): return ["keras: layers.\(conv), padding='valid')"]
        case (.zeros, _):
            let keras = PaddingPlan.keras(length: m.length, span: m.span, strides: m.stride, padding: .same)
            if keras.left == plan.left && keras.right == plan.right { return ["keras: layers.\(conv), padding='same')  # the same pad cells"] }
            return ["keras: layers.ZeroPadding1D((\(plan.left), \(plan.right))) then layers.\(conv), padding='valid')"]
        case (.reflect, _):
            return ["keras: no padding_mode: tf.pad(x, [[0, 0], [\(plan.left), \(plan.right)], [0, 0]], mode='REFLECT') then layers.\(conv), padding='valid')"]
        case (.replicate, _):
            return ["keras: no padding_mode: tf.concat([tf.repeat(x[:, :1], \(plan.left), axis=1), x, tf.repeat(x[:, -1:], \(plan.right), axis=1)], axis=1) then layers.\(conv), padding='valid')"]
        case (.circular, _):
            return ["keras: no padding_mode: tf.concat([x[:, \(m.length - plan.left):], x, x[:, :\(plan.right)]], axis=1) then layers.\(conv), padding='valid')"]
        }
    }

    public var text: String { lines.joined(separator: "\n") + "\n" }
}
