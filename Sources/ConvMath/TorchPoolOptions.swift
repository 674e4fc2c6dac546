/// What a pool of a model takes from PyTorch's `nn.MaxPool1d` / `nn.AvgPool1d` that Keras's pools lack.
///
/// The window (kernel_size, stride) stays the pool's own; these decide the padding on
/// both sides, whether a last partial window exists (`ceil_mode`), and what an average
/// divides by (`count_include_pad`, ignored by a max pool).
public struct TorchPoolOptions: Hashable, Sendable {
    /// Cells on each side: −∞ for a max pool, 0 for an average; at most half the kernel.
    public var padding: Int
    public var ceilMode: Bool
    public var countIncludePad: Bool
    /// The spacing of a max pool's taps; `nn.AvgPool1d` has none.
    public var dilation: Int

    public init(padding: Int = 0, ceilMode: Bool = false, countIncludePad: Bool = true, dilation: Int = 1) {
        self.padding = padding
        self.ceilMode = ceilMode
        self.countIncludePad = countIncludePad
        self.dilation = dilation
    }

    /// The PyTorch pool that computes a Keras one on an input `length` long, and whether it is exact.
    ///
    /// 'valid' is padding 0. Keras's 'same' ignores its pad cells, as PyTorch's do with −∞ for a
    /// max and `count_include_pad=False` for an average, so equal pads are `padding=p`; one more
    /// on the right is the last partial window of `ceil_mode` (at a stride above 1). Other pads
    /// (one side only) PyTorch cannot make: the nearest keeps the last partial window, unshifted.
    public static func nearest(to args: PoolArguments, length: Int?) -> (options: TorchPoolOptions, exact: Bool) {
        guard args.padding == .same else { return (TorchPoolOptions(), true) }
        guard let length, length > 0 else { return (TorchPoolOptions(padding: 0, ceilMode: true, countIncludePad: true), false) }
        let s = args.effectiveStrides, k = args.poolSize
        // The nearest keeps Keras's last, partial window when ceil_mode makes one; else it is plain padding 0.
        let ceil = PoolWindow.torchLengths(length: length, kernelSize: k, padding: 0, stride: s, ceilMode: true).kept
            > PoolWindow.torchLengths(length: length, kernelSize: k, padding: 0, stride: s, ceilMode: false).kept
        let approximate = (TorchPoolOptions(padding: 0, ceilMode: ceil, countIncludePad: true), false)
        let plan = PaddingPlan.keras(length: length, span: k, strides: s, padding: .same)
        let (left, right) = (plan.left, plan.right)
        if left + right == 0 { return (TorchPoolOptions(), true) }
        guard 2 * left <= k else { return approximate }
        if left == right { return (TorchPoolOptions(padding: left, ceilMode: false, countIncludePad: false), true) }
        if right == left + 1, s > 1 { return (TorchPoolOptions(padding: left, ceilMode: true, countIncludePad: false), true) }
        return approximate
    }

    /// PyTorch's module for this pool, checked in PyTorch's order.
    public func module(kind: PoolKind, length: Int, channels: Int, kernelSize: Int, stride: Int) -> Result<PoolWindow, LayerError> {
        switch kind {
        case .max:
            return TorchMaxPool1D(length: length, channels: channels, kernelSize: kernelSize, stride: stride,
                                  padding: padding, dilation: dilation, ceilMode: ceilMode).validate()
        case .average:
            if dilation != 1 { return .failure(LayerError(type: "TypeError", "AvgPool1d.__init__() got an unexpected keyword argument 'dilation'")) }
            return TorchAvgPool1D(length: length, channels: channels, kernelSize: kernelSize, stride: stride,
                                  padding: padding, ceilMode: ceilMode, countIncludePad: countIncludePad).validate()
        }
    }

    /// The divisor of an average's output `j`: the window clipped to `[−p, L+p)` with
    /// `count_include_pad`, else the real cells, as `TorchAvgPool1D` computes it.
    public func divisor(window w: PoolWindow, output j: Int) -> Int {
        TorchAvgPool1D(length: w.length, channels: 1, kernelSize: w.size, stride: w.strides, padding: padding,
                       ceilMode: ceilMode, countIncludePad: countIncludePad).divisor(window: w, output: j)
    }

    /// The Python arguments after kernel_size and stride: `padding=0, ceil_mode=False` (a max
    /// pool's `dilation` between them when it is not 1, and `count_include_pad` for an average).
    public func pythonArguments(kind: PoolKind) -> [String] {
        var args = ["padding=\(padding)"]
        if dilation != 1 { args.append("dilation=\(dilation)") }
        args.append("ceil_mode=\(ceilMode ? "True" : "False")")
        if kind == .average { args.append("count_include_pad=\(countIncludePad ? "True" : "False")") }
        return args
    }
}

extension PoolKind {
    /// PyTorch's module for the windowed pool.
    public var torchClassName: String { self == .max ? "nn.MaxPool1d" : "nn.AvgPool1d" }
}
