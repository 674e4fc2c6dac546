/// PyTorch's `nn.MaxPool1d` on one unbatched `[C][L]` input.
///
/// Pads are −∞, so they never win a max; padding may be at most half the kernel (not the
/// dilated span). Without dilation that keeps a real cell in every window; a dilated one may
/// read only pad cells, and its output is then −∞, as PyTorch's is.
public struct TorchMaxPool1D: Hashable, Sendable {
    public var length: Int
    public var channels: Int
    public var kernelSize: Int
    /// nil means `kernel_size`.
    public var stride: Int?
    public var padding: Int
    public var dilation: Int
    public var ceilMode: Bool

    public init(length: Int, channels: Int, kernelSize: Int, stride: Int? = nil, padding: Int = 0,
                dilation: Int = 1, ceilMode: Bool = false) {
        self.length = length
        self.channels = channels
        self.kernelSize = kernelSize
        self.stride = stride
        self.padding = padding
        self.dilation = dilation
        self.ceilMode = ceilMode
    }

    /// Checks the arguments in `max_pool1d`'s order and returns the window.
    public func validate() -> Result<PoolWindow, LayerError> {
        let s = stride ?? kernelSize
        if length <= 0 {
            return .failure(error("max_pool1d: Expected 2D or 3D (batch mode) tensor with optional 0 dim batch size for input, but got:[\(channels), \(length)]"))
        }
        if kernelSize <= 0 { return .failure(error("max_pool1d() kernel_size must be greater than zero, but got \(kernelSize)")) }
        if s <= 0 { return .failure(error("max_pool1d() stride must be greater than zero, but got \(s)")) }
        if padding < 0 { return .failure(error("max_pool1d() padding must be non-negative, but got \(padding)")) }
        if padding > kernelSize / 2 {
            return .failure(error("max_pool1d() padding should be at most half of kernel size, but got padding=\(padding) and kernel_size=\(kernelSize)"))
        }
        if dilation <= 0 { return .failure(error("max_pool1d() dilation must be greater than zero, but got \(dilation)")) }
        let window = PoolWindow.torch(length: length, kernelSize: kernelSize, padding: padding, stride: s, dilation: dilation, ceilMode: ceilMode)
        if window.outputLength <= 0 {
            return .failure(error("max_pool1d() Invalid computed output size: \(window.outputLength)"))
        }
        return .success(window)
    }

    /// Pools `[C][L]` into `[C][out]`, or returns PyTorch's error.
    public func apply(to input: Matrix) -> Result<Matrix, LayerError> {
        validate().map { $0.reduce(input.transposed(), kind: .max) { _ in 1 }.transposed() }
    }

    private func error(_ message: String) -> LayerError { LayerError(type: "RuntimeError", message) }
}
