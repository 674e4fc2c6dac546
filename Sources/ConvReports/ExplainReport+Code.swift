/// The layer as Keras code, and the PyTorch code that computes the same thing.
extension ExplainReport {
    /// `keras.layers.Conv1D(filters=…, kernel_size=…, …)` with every argument spelled out.
    public var kerasCall: String {
        let s = spec
        return "keras.layers.Conv1D(filters=\(s.filters), kernel_size=\(s.kernelSize), strides=\(s.strides), padding='\(s.padding.rawValue)', "
            + "dilation_rate=\(s.dilationRate), groups=\(s.groups), activation='\(s.activation.rawValue)', use_bias=\(s.useBias ? "True" : "False"))"
    }

    /// PyTorch pads both sides equally or uses its own 'same' (stride 1 only), so Keras's
    /// asymmetric strided 'same' and 'causal' need an explicit `F.pad` first. The lines run
    /// in order as Python, given `x` (N, L, C), Keras's `kernel` (k, C/G, F) and `bias` (F,):
    /// permute in, pad, build the module, copy the weights, call, permute back.
    func pytorchLines(_ plan: PaddingPlan) -> [String] {
        let s = spec
        // Keras gives an empty output for an empty input under 'same' or 'causal'; PyTorch raises instead.
        if s.length == 0 {
            return ["pytorch: PyTorch refuses an empty input (L = 0): nn.Conv1d raises a RuntimeError, where Keras returns an empty output (N, 0, \(s.filters))"]
        }
        var lines = ["pytorch: x = x.permute(0, 2, 1)  # Keras (N, L, C) → PyTorch (N, C, L) = (N, \(s.channels), \(s.length))"]
        let torchPadding: String
        switch s.padding {
        case .valid:
            torchPadding = "0"
        case .same where s.strides == 1:
            torchPadding = "'same'"
        case .same, .causal:
            torchPadding = "0"
            if plan.left + plan.right > 0 {
                let why = s.padding == .causal ? "causal: all \(plan.left) on the left" : "PyTorch refuses padding='same' at stride > 1"
                lines.append("pytorch: x = F.pad(x, (\(plan.left), \(plan.right)))  # \(why)")
            }
        }
        lines.append("pytorch: conv = nn.Conv1d(in_channels=\(s.channels), out_channels=\(s.filters), kernel_size=\(s.kernelSize), stride=\(s.strides), "
            + "padding=\(torchPadding), dilation=\(s.dilationRate), groups=\(s.groups), bias=\(s.useBias ? "True" : "False"))")
        // Copy Keras's weights into the module before calling it; assigning a tensor to a Parameter raises TypeError.
        lines.append("pytorch: with torch.no_grad(): conv.weight.copy_(torch.as_tensor(kernel).permute(2, 1, 0))  # Keras (k, C/G, F) → PyTorch (F, C/G, k)")
        if s.useBias {
            lines.append("pytorch: with torch.no_grad(): conv.bias.copy_(torch.as_tensor(bias))  # (F,) = (\(s.filters),)")
        }
        let call: String
        switch s.activation {
        case .linear: call = "conv(x)"
        case .relu, .sigmoid, .tanh: call = "torch.\(s.activation.rawValue)(conv(x))"
        }
        lines.append("pytorch: y = \(call)  # (N, \(s.filters), \(plan.outputLength))")
        lines.append("pytorch: y = y.permute(0, 2, 1)  # back to Keras (N, L', F) = (N, \(plan.outputLength), \(s.filters))")
        return lines
    }
}
