import ConvMath

extension ComputeCase {
    /// Decodes a PyTorch case: `input` `[C][L]`, `weight` `[F][C/G][k]`, PyTorch's argument names.
    static func torch(_ f: CaseFields, op: String) throws(CaseError) -> ComputeCase {
        let input = try f.array("input", rank: 2).matrix
        switch op {
        case "conv1d":
            return try torchConv(f, input: input)
        case "maxpool1d":
            if try f.bool("return_indices", default: false) {
                throw CaseError("field 'return_indices' is true: compute gives a pool's values, not the indices of its winners")
            }
            let pool = TorchMaxPool1D(length: input.columns, channels: input.rows, kernelSize: try f.requiredInt("kernel_size"),
                                      stride: try f.optionalInt("stride"), padding: try f.int("padding", default: 0),
                                      dilation: try f.int("dilation", default: 1), ceilMode: try f.bool("ceil_mode", default: false))
            return .torchMaxPool(pool, input: input)
        case "avgpool1d":
            let pool = TorchAvgPool1D(length: input.columns, channels: input.rows, kernelSize: try f.requiredInt("kernel_size"),
                                      stride: try f.optionalInt("stride"), padding: try f.int("padding", default: 0),
                                      ceilMode: try f.bool("ceil_mode", default: false),
                                      countIncludePad: try f.bool("count_include_pad", default: true))
            return .torchAvgPool(pool, input: input)
        default:
            throw CaseError("unknown op '\(op)': a PyTorch case's op is conv1d, maxpool1d or avgpool1d")
        }
    }

    private static func torchConv(_ f: CaseFields, input: Matrix) throws(CaseError) -> ComputeCase {
        let weight = try f.array("weight", rank: 3)
        let bias = try f.optionalVector("bias")
        let useBias = try f.bool("use_bias", default: true)
        let padding: TorchPadding
        switch f["padding"] ?? .null {
        case .null: padding = .explicit(0)
        case .string("same"): padding = .same
        case .string("valid"): padding = .valid
        case .string(let s): return .refused(LayerError("Invalid padding string '\(s)', should be one of {'same', 'valid'}"))
        default: padding = .explicit(try f.requiredInt("padding"))
        }
        let modeName: String
        switch f["padding_mode"] ?? .null {
        case .null: modeName = "zeros"
        case .string(let s): modeName = s
        case let v: throw CaseError("field 'padding_mode' must be a string, not \(v.kindName)")
        }
        guard let mode = TorchPaddingMode(rawValue: modeName) else {
            return .refused(LayerError("padding_mode must be one of {'replicate', 'circular', 'zeros', 'reflect'}, but got padding_mode='\(modeName)'"))
        }
        let conv = TorchConv1D(length: input.columns, inChannels: input.rows, outChannels: weight.shape[0],
                               kernelSize: weight.shape[2], stride: try f.int("stride", default: 1), padding: padding,
                               dilation: try f.int("dilation", default: 1), groups: try f.int("groups", default: 1),
                               useBias: useBias, paddingMode: mode)
        // nn.Conv1d's own sizes may be given too: they must be what the input and the weight say.
        for (name, value, source) in [("in_channels", conv.inChannels, "'input' has"), ("out_channels", conv.outChannels, "'weight' has"),
                                      ("kernel_size", conv.kernelSize, "'weight' has")] {
            if let given = try f.optionalInt(name), given != value {
                throw CaseError("field '\(name)' is \(given) but \(source) \(value)")
            }
        }
        if useBias, let bias, bias.count != conv.outChannels {
            throw CaseError("field 'bias' has \(bias.count) values but 'weight' has \(conv.outChannels) output channels")
        }
        return .torchConv(conv, input: input, weight: weight.values, bias: useBias ? bias : nil)
    }
}
