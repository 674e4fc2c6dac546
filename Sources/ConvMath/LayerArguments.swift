// The argument bundles of the layers in `ModelLayer` that take more than one or two.

/// The arguments of a Keras `Conv1D` layer, without its input shape.
public struct ConvArguments: Hashable, Sendable {
    public var filters: Int
    public var kernelSize: Int
    public var strides: Int
    public var padding: Padding
    public var dilationRate: Int
    public var groups: Int
    public var activation: Activation
    public var useBias: Bool

    public init(filters: Int, kernelSize: Int, strides: Int = 1, padding: Padding = .valid,
                dilationRate: Int = 1, groups: Int = 1, activation: Activation = .linear, useBias: Bool = true) {
        self.filters = filters
        self.kernelSize = kernelSize
        self.strides = strides
        self.padding = padding
        self.dilationRate = dilationRate
        self.groups = groups
        self.activation = activation
        self.useBias = useBias
    }

    /// The full spec on an input of `length` steps and `channels` channels.
    public func spec(length: Int, channels: Int) -> Conv1DSpec {
        Conv1DSpec(length: length, channels: channels, filters: filters, kernelSize: kernelSize, strides: strides,
                   padding: padding, dilationRate: dilationRate, groups: groups, activation: activation, useBias: useBias)
    }
}

/// The arguments of `MaxPooling1D` and `AveragePooling1D`.
public struct PoolArguments: Hashable, Sendable {
    public var poolSize: Int
    /// nil means Keras's default: `pool_size`.
    public var strides: Int?
    public var padding: Padding
    /// PyTorch's padding, ceil_mode and count_include_pad when the pool is PyTorch's
    /// (the model explorer in PyTorch terms); nil for Keras, and then `padding` decides.
    public var torch: TorchPoolOptions?

    public init(poolSize: Int, strides: Int? = nil, padding: Padding = .valid, torch: TorchPoolOptions? = nil) {
        self.poolSize = poolSize
        self.strides = strides
        self.padding = padding
        self.torch = torch
    }

    /// The stride in effect.
    public var effectiveStrides: Int { strides ?? poolSize }
}

/// The arguments of `LSTM`, `GRU` and `SimpleRNN` that decide shapes and counts.
public struct RecurrentArguments: Hashable, Sendable {
    public var units: Int
    public var returnSequences: Bool
    public var useBias: Bool
    /// GRU only; Keras 3 defaults to true.
    public var resetAfter: Bool

    public init(units: Int, returnSequences: Bool = false, useBias: Bool = true, resetAfter: Bool = true) {
        self.units = units
        self.returnSequences = returnSequences
        self.useBias = useBias
        self.resetAfter = resetAfter
    }
}
