/// A Keras `GlobalMaxPooling1D` or `GlobalAveragePooling1D`: one step per channel, over every position.
///
/// Without keepdims the output is a vector, so step `p` (position p) pools channel p;
/// with keepdims it is one position of C channels.
public struct GlobalPoolLayer: SteppedLayer {
    public let spec: GlobalPoolSpec
    /// `[length][channels]`.
    public let input: Matrix

    public static func make(_ spec: GlobalPoolSpec, input: Matrix) -> Result<GlobalPoolLayer, LayerError> {
        if spec.kind == .max && input.rows == 0 {
            return .failure(LayerError("zero-size array to reduction operation max which has no identity"))
        }
        return .success(GlobalPoolLayer(spec: spec, input: input))
    }

    public var outputLength: Int { spec.keepdims ? 1 : input.columns }
    public var outputChannels: Int { spec.keepdims ? input.columns : 1 }

    /// The input channel that output (position, channel) pools.
    public func inputChannel(position: Int, channel: Int) -> Int { spec.keepdims ? channel : position }

    public func step(index: Int, position: Int, channel: Int) -> GlobalPoolStep {
        GlobalPoolStep(layer: self, index: index, position: position, channel: inputChannel(position: position, channel: channel))
    }

    /// The output tensor: `[C]`, or `[1, C]` with keepdims.
    public func forward() -> Tensor {
        let values = (0..<input.columns).map { GlobalPoolStep(layer: self, index: 0, position: 0, channel: $0).value }
        return Tensor(shape: spec.outputShape(channels: input.columns), values: values)
    }
}

/// One channel of a global pool: the winner or the mean over every position.
public struct GlobalPoolStep: Sendable {
    public let layer: GlobalPoolLayer
    public let index: Int
    /// The output position (the channel itself without keepdims, 0 with it).
    public let position: Int
    /// The input channel pooled.
    public let channel: Int

    /// The position of the largest value (the first on a tie); nil for an average.
    public var winner: Int? {
        guard layer.spec.kind == .max, layer.input.rows > 0 else { return nil }
        var best = 0, top = layer.input[0, channel]
        for p in 1..<layer.input.rows where layer.input[p, channel] > top {
            best = p
            top = layer.input[p, channel]
        }
        return best
    }

    /// The sum over every position, in order.
    public var sum: Float {
        var acc: Float = 0
        for p in 0..<layer.input.rows { acc += layer.input[p, channel] }
        return acc
    }

    /// The divisor of the average: every position.
    public var count: Int { layer.input.rows }

    public var value: Float {
        if layer.spec.kind == .average { return sum / Float(count) }
        return winner.map { layer.input[$0, channel] } ?? -.infinity
    }
}
