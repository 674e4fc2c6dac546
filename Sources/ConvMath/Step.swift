/// One step of the trace: output position `position` of filter `filter`, computed tap by tap.
///
/// Taps are produced on demand (`taps` is a lazy collection), so looking at a step
/// allocates nothing and costs `k·C/G` multiplies however long the input is.
public struct Step: Sendable {
    public let layer: Conv1DLayer
    /// The step's index in its trace.
    public let index: Int
    /// Output position `j`.
    public let position: Int
    /// Filter (output channel) `f`.
    public let filter: Int

    public init(layer: Conv1DLayer, index: Int, position: Int, filter: Int) {
        self.layer = layer
        self.index = index
        self.position = position
        self.filter = filter
    }

    /// The taps in summation order: tap-major, then channel within the group.
    public var taps: Taps { Taps(layer: layer, position: position, filter: filter) }

    /// Σ x·w over all taps, accumulated in float32 in `taps` order (the batch pass uses the same order).
    public var sum: Float {
        var acc: Float = 0
        for tap in taps { acc += tap.product }
        return acc
    }

    /// The bias added, 0 when `use_bias` is off.
    public var bias: Float { layer.biasValue(filter: filter) }

    /// `sum + bias`, before the activation.
    public var preActivation: Float { layer.spec.useBias ? sum + bias : sum }

    /// The layer's output at this position and filter.
    public var value: Float { layer.spec.activation.apply(preActivation) }
}
