import ConvMath

extension ComputeCase {
    /// Decodes a Keras case: `input` is `[L][C]`, or `[C][L]` when channels_first.
    static func keras(_ f: CaseFields, op: String) throws(CaseError) -> ComputeCase {
        let format: DataFormat = try f.choice("data_format", default: .channelsLast)
        let raw = try f.array("input", rank: 2).matrix
        let input = format == .channelsLast ? raw : raw.transposed()
        switch op {
        case "conv1d":
            return try kerasConv(f, input: input, format: format)
        case "maxpool1d", "avgpool1d":
            let spec = PoolSpec(kind: op == "maxpool1d" ? .max : .average, length: input.rows, channels: input.columns,
                                poolSize: try f.int("pool_size", default: 2), strides: try f.optionalInt("strides"),
                                padding: try f.choice("padding", default: .valid), dataFormat: format)
            return .kerasPool(spec, input: input)
        case "globalmax", "globalavg":
            let spec = GlobalPoolSpec(kind: op == "globalmax" ? .max : .average,
                                      keepdims: try f.bool("keepdims", default: false), dataFormat: format)
            return .kerasGlobalPool(spec, input: input)
        default:
            throw CaseError("unknown op '\(op)': a Keras case's op is conv1d, maxpool1d, avgpool1d, globalmax or globalavg")
        }
    }

    /// The kernel decides `filters` and `kernel_size` unless the case states them; then they must agree.
    private static func kerasConv(_ f: CaseFields, input: Matrix, format: DataFormat) throws(CaseError) -> ComputeCase {
        let kernel = try f.array("kernel", rank: 3)
        let groups = try f.int("groups", default: 1)
        let useBias = try f.bool("use_bias", default: true)
        // An empty channels_last input `[]` has no rows to count channels on; the kernel has them.
        let channels = input.rows == 0 && format == .channelsLast ? kernel.shape[1] * max(groups, 1) : input.columns
        let spec = Conv1DSpec(
            length: input.rows, channels: channels,
            filters: try f.optionalInt("filters") ?? kernel.shape[2],
            kernelSize: try f.optionalInt("kernel_size") ?? kernel.shape[0],
            strides: try f.int("strides", default: 1), padding: try f.choice("padding", default: .valid),
            dilationRate: try f.int("dilation_rate", default: 1), groups: groups,
            activation: try f.choice("activation", default: .linear), useBias: useBias, dataFormat: format)
        // A bias given with use_bias=False is read (it must be numbers) and, as in Keras, not used.
        let given = try f.optionalVector("bias")
        let bias = useBias ? given : nil
        // Without a bias the layer's is zeros, which only Keras's default initializer gives.
        if useBias && given == nil, let initializer = f["bias_initializer"], initializer != .string("zeros"), initializer != .null {
            throw CaseError("field 'bias_initializer' is not applied here: give the bias itself in 'bias'")
        }
        // Keras's own errors come first; the shapes only matter for a layer that exists.
        if case .success = spec.validate() {
            if kernel.shape != spec.kernelShape {
                throw CaseError("field 'kernel' has shape \(kernel.shape) but the layer needs [kernel_size, channels/groups, filters] = \(spec.kernelShape)")
            }
            if let bias, bias.count != spec.filters {
                throw CaseError("field 'bias' has \(bias.count) values but the layer has \(spec.filters) filters")
            }
        }
        let x = Matrix(rows: input.rows, columns: channels, values: input.values)
        return .kerasConv(spec, input: x, kernel: kernel.values, bias: bias)
    }
}
