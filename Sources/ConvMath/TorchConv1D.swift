/// PyTorch's `nn.Conv1d` on one unbatched `[C][L]` input, weight `[F][C/G][k]`.
///
/// Unlike Keras it allows stride with dilation, pads with an explicit count or
/// 'same' (stride 1 only), and fills pads by `padding_mode`. The arithmetic after
/// padding is Keras's 'valid' conv, so it runs on `Conv1DLayer`'s forward pass.
public struct TorchConv1D: Hashable, Sendable {
    public var length: Int
    public var inChannels: Int
    public var outChannels: Int
    public var kernelSize: Int
    public var stride: Int
    public var padding: TorchPadding
    public var dilation: Int
    public var groups: Int
    public var useBias: Bool
    public var paddingMode: TorchPaddingMode

    public init(length: Int, inChannels: Int, outChannels: Int, kernelSize: Int, stride: Int = 1,
                padding: TorchPadding = .explicit(0), dilation: Int = 1, groups: Int = 1,
                useBias: Bool = true, paddingMode: TorchPaddingMode = .zeros) {
        self.length = length
        self.inChannels = inChannels
        self.outChannels = outChannels
        self.kernelSize = kernelSize
        self.stride = stride
        self.padding = padding
        self.dilation = dilation
        self.groups = groups
        self.useBias = useBias
        self.paddingMode = paddingMode
    }

    /// Cells covered by one window: `d·(k−1) + 1`.
    public var span: Int { dilation * (kernelSize - 1) + 1 }

    /// Trainable parameters: `F·(C/G)·k + F·bias`.
    public var paramCount: Int { outChannels * (inChannels / max(groups, 1)) * kernelSize + (useBias ? outChannels : 0) }

    /// Checks the module and the input as PyTorch would: the constructor's
    /// ValueErrors first, then the RuntimeErrors of padding and of the conv itself.
    public func validate() -> Result<PaddingPlan, LayerError> {
        if groups <= 0 { return .failure(LayerError("groups must be a positive integer")) }
        if inChannels % groups != 0 { return .failure(LayerError("in_channels must be divisible by groups")) }
        if outChannels % groups != 0 { return .failure(LayerError("out_channels must be divisible by groups")) }
        if padding == .same && stride != 1 {
            return .failure(LayerError("padding='same' is not supported for strided convolutions"))
        }
        // Not PyTorch's check: sizes whose arithmetic would overflow 64 bits are refused, never trapped on.
        let pad: Int = { if case .explicit(let p) = padding { return p } else { return 0 } }()
        guard let checkedSpan = Checked.span(kernelSize: kernelSize, dilation: dilation),
              Checked.sum(length, checkedSpan, Checked.saturatingProduct(2, pad), stride) != nil else {
            return .failure(runtime("The window span dilation·(kernel_size − 1) + 1 or the padding is too large for an input of \(length) steps"))
        }
        let (left, right) = padding.amounts(span: checkedSpan)
        if paddingMode != .zeros, let error = paddingMode.check(left: left, right: right, channels: inChannels, length: length) {
            return .failure(error)
        }
        if case .explicit(let p) = padding, p < 0 { return .failure(runtime("negative padding is not supported")) }
        if stride <= 0 { return .failure(runtime("non-positive stride is not supported")) }
        if dilation <= 0 { return .failure(runtime("dilation should be greater than zero, but got [1, \(dilation)]")) }
        if kernelSize <= 0 { return .failure(runtime("Kernel size must be positive, but got kernel_size=\(kernelSize)")) }
        let padded = length + left + right
        if padded < span {
            return .failure(runtime("Calculated padded input size per channel: (\(padded)). Kernel size: (\(span)). Kernel size can't be greater than actual input size"))
        }
        // An empty input passes the size check when padding makes room for the kernel, and is refused after it.
        if length == 0 && inChannels > 0 {
            return .failure(runtime("Only zero batch or zero channel inputs are supported, but got input shape: [1, \(inChannels), 1, 0]"))
        }
        return .success(PaddingPlan(left: left, right: right, outputLength: (padded - span) / stride + 1))
    }

    /// Computes `[F][out]` from `input` `[C][L]`, `weight` flattened `[F][C/G][k]` and `bias` `[F]`.
    public func forward(input: Matrix, weight: [Float], bias: [Float]?) -> Result<Matrix, LayerError> {
        layer(input: input, weight: weight, bias: bias).map { $0.forward().transposed() }
    }

    /// The module as a layer the trace can step through: Keras's layout, PyTorch's plan and padding mode.
    public func layer(input: Matrix, weight: [Float], bias: [Float]?) -> Result<Conv1DLayer, LayerError> {
        if case .failure(let error) = validate() { return .failure(error) }
        let cg = inChannels / groups
        guard input.rows == inChannels, input.columns == length, weight.count == outChannels * cg * kernelSize else {
            return .failure(runtime("Given groups=\(groups), weight of size [\(outChannels), \(cg), \(kernelSize)], expected input[1, \(input.rows), \(input.columns)] to have \(cg * groups) channels, but got \(input.rows) channels instead"))
        }
        // Keras's kernel layout [k][C/G][F], so the inner loop runs over filters.
        var kernel = [Float](repeating: 0, count: weight.count)
        for f in 0..<outChannels {
            for c in 0..<cg {
                for t in 0..<kernelSize { kernel[(t * cg + c) * outChannels + f] = weight[(f * cg + c) * kernelSize + t] }
            }
        }
        return layer(kerasInput: input.transposed(), kernel: kernel, bias: bias)
    }

    /// The module on Keras-layout data (input `[L][C]`, kernel `[k][C/G][F]`), followed by `activation`:
    /// what the explorer steps through when it shows PyTorch.
    public func layer(kerasInput x: Matrix, kernel: [Float], bias: [Float]?, activation: Activation = .linear) -> Result<Conv1DLayer, LayerError> {
        let plan: PaddingPlan
        switch validate() {
        case .failure(let error): return .failure(error)
        case .success(let p): plan = p
        }
        guard x.rows == length, x.columns == inChannels, kernel.count == outChannels * (inChannels / groups) * kernelSize else {
            return .failure(runtime("the input (\(x.rows), \(x.columns)) or the weight does not match the module"))
        }
        // The pads stay pads, filled by the padding mode, so the trace can say which input each one copies.
        var layerPlan = plan
        layerPlan.fill = paddingMode
        let spec = Conv1DSpec(length: x.rows, channels: inChannels, filters: outChannels, kernelSize: kernelSize,
                              strides: stride, padding: .valid, dilationRate: dilation, groups: groups, activation: activation, useBias: useBias)
        let b = useBias ? (bias ?? [Float](repeating: 0, count: outChannels)) : [Float](repeating: 0, count: outChannels)
        guard b.count == outChannels else {
            return .failure(LayerError("Bias has \(b.count) values but the module has \(outChannels) output channels."))
        }
        return .success(Conv1DLayer.unchecked(spec: spec, plan: layerPlan, input: x, kernel: kernel, bias: b))
    }

    private func runtime(_ message: String) -> LayerError { LayerError(type: "RuntimeError", message) }
}
