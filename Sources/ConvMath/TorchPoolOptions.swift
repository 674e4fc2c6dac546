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

    public init(padding: Int = 0, ceilMode: Bool = false, countIncludePad: Bool = true) {
        self.padding = padding
        self.ceilMode = ceilMode
        self.countIncludePad = countIncludePad
    }

    /// The nearest PyTorch pool to a Keras one: 'valid' is padding 0; 'same' keeps its last,
    /// partial window through `ceil_mode` (Keras may also shift the windows by a left pad,
    /// which PyTorch cannot put on one side only).
    public static func nearest(to args: PoolArguments) -> TorchPoolOptions {
        TorchPoolOptions(padding: 0, ceilMode: args.padding == .same, countIncludePad: true)
    }

    /// PyTorch's module for this pool, checked in PyTorch's order.
    public func module(kind: PoolKind, length: Int, channels: Int, kernelSize: Int, stride: Int) -> Result<PoolWindow, LayerError> {
        switch kind {
        case .max:
            return TorchMaxPool1D(length: length, channels: channels, kernelSize: kernelSize, stride: stride,
                                  padding: padding, ceilMode: ceilMode).validate()
        case .average:
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

    /// The Python arguments after kernel_size and stride: `padding=0, ceil_mode=False` (and
    /// `count_include_pad` for an average).
    public func pythonArguments(kind: PoolKind) -> [String] {
        var args = ["padding=\(padding)", "ceil_mode=\(ceilMode ? "True" : "False")"]
        if kind == .average { args.append("count_include_pad=\(countIncludePad ? "True" : "False")") }
        return args
    }
}

extension PoolKind {
    /// PyTorch's module for the windowed pool.
    public var torchClassName: String { self == .max ? "nn.MaxPool1d" : "nn.AvgPool1d" }
}
