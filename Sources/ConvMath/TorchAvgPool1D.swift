/// PyTorch's `nn.AvgPool1d` on one unbatched `[C][L]` input.
///
/// `count_include_pad` divides by the window clipped to the padded input
/// (so a ceil-mode window running past the right pad counts fewer cells);
/// otherwise by the real cells only, like Keras.
public struct TorchAvgPool1D: Hashable, Sendable {
    public var length: Int
    public var channels: Int
    public var kernelSize: Int
    /// nil means `kernel_size`.
    public var stride: Int?
    public var padding: Int
    public var ceilMode: Bool
    public var countIncludePad: Bool

    public init(length: Int, channels: Int, kernelSize: Int, stride: Int? = nil, padding: Int = 0,
                ceilMode: Bool = false, countIncludePad: Bool = true) {
        self.length = length
        self.channels = channels
        self.kernelSize = kernelSize
        self.stride = stride
        self.padding = padding
        self.ceilMode = ceilMode
        self.countIncludePad = countIncludePad
    }

    /// Checks the arguments in `avg_pool2d`'s order (avg_pool1d is a 2-D pool of height 1).
    public func validate() -> Result<PoolWindow, LayerError> {
        let s = stride ?? kernelSize
        if length <= 0 {
            return .failure(error("Expected 3D or 4D (batch mode) tensor with optional 0 dim batch size for input, but got:[\(channels), 1, \(length)]"))
        }
        if s == 0 { return .failure(error("stride should not be zero")) }
        if padding < 0 { return .failure(error("pad must be non-negative, but got pad: \(padding)")) }
        if padding > kernelSize / 2 {
            return .failure(error("pad should be at most half of effective kernel size, but got pad=\(padding), kernel_size=\(kernelSize) and dilation=1"))
        }
        if kernelSize <= 0 { return .failure(error("kernel size should be greater than zero, but got kH: 1 kW: \(kernelSize)")) }
        if s < 0 { return .failure(error("stride should be greater than zero, but got dH: 1 dW: \(s)")) }
        let window = PoolWindow.torch(length: length, kernelSize: kernelSize, padding: padding, stride: s, ceilMode: ceilMode)
        if window.outputLength < 1 {
            return .failure(error("Given input size: (\(channels)x1x\(length)). Calculated output size: (\(channels)x1x\(window.outputLength)). Output size is too small"))
        }
        return .success(window)
    }

    /// The divisor of output `j`: the window clipped to `[−p, L+p)`, or to the real cells.
    public func divisor(window w: PoolWindow, output j: Int) -> Int {
        guard countIncludePad else { return w.realCount(output: j) }
        let start = j * w.strides - padding
        return min(start + kernelSize, length + padding) - start
    }

    /// Pools `[C][L]` into `[C][out]`, or returns PyTorch's error.
    public func apply(to input: Matrix) -> Result<Matrix, LayerError> {
        validate().map { w in w.reduce(input.transposed(), kind: .average) { divisor(window: w, output: $0) }.transposed() }
    }

    private func error(_ message: String) -> LayerError { LayerError(type: "RuntimeError", message) }
}
