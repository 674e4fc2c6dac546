/// The hyper-parameters of a Keras `Conv1D` layer together with its input shape.
///
/// Names follow Keras. `validate()` returns the geometry or the error Keras raises,
/// never traps, so a front end can show an impossible layer and keep running.
///
///     let spec = Conv1DSpec(length: 6, channels: 1, filters: 1, kernelSize: 3, strides: 2, padding: .same)
///     let g = try spec.validate().get()   // g.padding == (left 0, right 1), g.outputLength == 3
public struct Conv1DSpec: Hashable, Sendable {
    public var length: Int
    public var channels: Int
    public var filters: Int
    public var kernelSize: Int
    public var strides: Int
    public var padding: Padding
    public var dilationRate: Int
    public var groups: Int
    public var activation: Activation
    public var useBias: Bool
    public var dataFormat: DataFormat

    public init(
        length: Int, channels: Int, filters: Int, kernelSize: Int,
        strides: Int = 1, padding: Padding = .valid, dilationRate: Int = 1, groups: Int = 1,
        activation: Activation = .linear, useBias: Bool = true, dataFormat: DataFormat = .channelsLast
    ) {
        self.length = length
        self.channels = channels
        self.filters = filters
        self.kernelSize = kernelSize
        self.strides = strides
        self.padding = padding
        self.dilationRate = dilationRate
        self.groups = groups
        self.activation = activation
        self.useBias = useBias
        self.dataFormat = dataFormat
    }

    /// Cells covered by one window: `d·(k−1) + 1`.
    public var span: Int { dilationRate * (kernelSize - 1) + 1 }

    /// Input channels each filter reads: `C / groups`.
    public var channelsPerGroup: Int { channels / max(groups, 1) }

    /// Filters in each group: `F / groups`.
    public var filtersPerGroup: Int { filters / max(groups, 1) }

    /// Trainable parameters: `k·(C/G)·F + F·use_bias`.
    public var paramCount: Int { kernelSize * channelsPerGroup * filters + (useBias ? filters : 0) }

    /// The kernel's shape in Keras's layout `[k][C/G][F]`.
    public var kernelShape: [Int] { [kernelSize, channelsPerGroup, filters] }

    /// The input shape as Keras prints it, with the batch axis `None`.
    public var inputShapeText: String {
        dataFormat == .channelsLast ? "(None, \(length), \(channels))" : "(None, \(channels), \(length))"
    }

    /// Checks the layer as Keras would and returns its padding and output length.
    ///
    /// Keras's checks, in its order: the tuple arguments (kernel_size, strides,
    /// dilation_rate) are positive, then filters, groups, filters divisible by groups,
    /// strides and dilation not both above 1 (the constructor); channels divisible
    /// by groups and a positive 'valid' length (build); a non-empty 'causal' output
    /// (call) unless the window is one cell. 'same' with L = 0 is allowed and gives an empty output.
    public func validate() -> Result<PaddingPlan, LayerError> {
        for (name, value) in [("kernel_size", kernelSize), ("strides", strides), ("dilation_rate", dilationRate)] where value <= 0 {
            return .failure(LayerError("The `\(name)` argument must be a tuple of 1 integers. Received \(name)=\(value), including values {\(value)} that do not satisfy `value > 0`"))
        }
        if filters <= 0 {
            return .failure(LayerError("Invalid value for argument `filters`. Expected a strictly positive value. Received filters=\(filters)."))
        }
        if groups <= 0 {
            return .failure(LayerError("The number of groups must be a positive integer. Received: groups=\(groups)."))
        }
        if filters % groups != 0 {
            return .failure(LayerError("The number of filters must be evenly divisible by the number of groups. Received: groups=\(groups), filters=\(filters)."))
        }
        if strides > 1 && dilationRate > 1 {
            return .failure(LayerError("`strides > 1` not supported in conjunction with `dilation_rate > 1`. Received: strides=(\(strides),) and dilation_rate=(\(dilationRate),)"))
        }
        if channels <= 0 {
            return .failure(LayerError("The channel dimension of the inputs should be defined and positive. Received input shape \(inputShapeText)."))
        }
        if length < 0 {
            return .failure(LayerError("Invalid input length \(length): it must be 0 or more."))
        }
        if channels % groups != 0 {
            return .failure(LayerError("The number of input channels must be evenly divisible by the number of groups. Received groups=\(groups), but the input has \(channels) channels (full input shape is \(inputShapeText))."))
        }
        // Not a Keras check: sizes that would overflow 64-bit arithmetic are refused, never trapped on.
        guard let span = Checked.span(kernelSize: kernelSize, dilation: dilationRate), Checked.sum(length, span, strides) != nil else {
            return .failure(LayerError("The window span dilation_rate·(kernel_size − 1) + 1 with kernel_size=\(kernelSize) and dilation_rate=\(dilationRate) is too large for an input of \(length) steps."))
        }
        let plan = PaddingPlan.keras(length: length, span: span, strides: strides, padding: padding)
        if padding == .valid && plan.outputLength <= 0 {
            // Keras prints the kernel shape with all input channels, even with groups.
            return .failure(LayerError("Computed output size would be zero or negative. Received `inputs shape=\(inputShapeText)`, `kernel shape=(\(kernelSize), \(channels), \(filters))`, `dilation_rate=[\(dilationRate)]`, `strides=(\(strides),)`, `padding=valid`."))
        }
        // Raised by the backend at call time, and only when the padded input holds a cell: a one-cell
        // window pads nothing, so an empty input gives an empty output (Keras 3.15.1, jax).
        if padding == .causal && plan.outputLength <= 0 && span > 1 {
            // ANSI codes and the argument list dropped, as in the fixtures.
            return .failure(LayerError("Exception encountered when calling Conv1D.call(). The convolution operation resulted in an empty output. This can happen if the input is too small for the given kernel size, strides, dilation rate, and padding mode. Please check the input shape and convolution parameters."))
        }
        return .success(plan)
    }
}
