/// A Keras `MaxPooling1D` or `AveragePooling1D` on its real input, computed window by window.
public struct PoolLayer: SteppedLayer {
    public let spec: PoolSpec
    public let plan: PaddingPlan
    /// `[length][channels]`.
    public let input: Matrix

    /// Builds the pool, or returns the error Keras raises when a model is built with it.
    ///
    /// Inside a model Keras raises while building, so the message has no `call()` prefix.
    public static func make(kind: PoolKind, arguments: PoolArguments, input: Matrix) -> Result<PoolLayer, LayerError> {
        let spec = PoolSpec(kind: kind, length: input.rows, channels: input.columns, poolSize: arguments.poolSize,
                            strides: arguments.strides, padding: arguments.padding)
        switch spec.validate() {
        case .failure(let e):
            return .failure(withoutCallPrefix(e, kind: kind))
        case .success(let plan):
            return .success(PoolLayer(spec: spec, plan: plan, input: input))
        }
    }

    /// The error as a model build reports it: without the `call()` prefix of a direct call.
    static func withoutCallPrefix(_ e: LayerError, kind: PoolKind) -> LayerError {
        let prefix = "Exception encountered when calling \(kind.kerasClassName).call(). "
        return LayerError(type: e.type, e.message.hasPrefix(prefix) ? String(e.message.dropFirst(prefix.count)) : e.message)
    }

    public var window: PoolWindow { spec.window(plan: plan) }
    public var outputLength: Int { plan.outputLength }
    public var outputChannels: Int { spec.channels }

    public func step(index: Int, position: Int, channel: Int) -> PoolStep {
        PoolStep(layer: self, index: index, position: position, channel: channel)
    }

    /// Every output, `[output_length][channels]`, bit-identical to the steps.
    public func forward() -> Matrix {
        let w = window
        return w.reduce(input, kind: spec.kind) { w.realCount(output: $0) }
    }
}

/// One output cell of a pool: its window, the real cells in it, and the winner or the mean.
public struct PoolStep: Sendable {
    public let layer: PoolLayer
    public let index: Int
    public let position: Int
    public let channel: Int

    /// Every cell of the window, pad cells included (positions outside `0 ..< L`).
    public var window: ClosedRange<Int> {
        let w = layer.window
        let first = w.inputPosition(output: position, tap: 0)
        return first...(first + w.size - 1)
    }

    /// The real input positions in the window; pad cells are ignored, as Keras does.
    public var realPositions: Range<Int> {
        let w = layer.window, taps = w.realTaps(output: position)
        guard let first = taps.first else { return 0..<0 }
        let p = w.inputPosition(output: position, tap: first)
        return p..<(p + taps.count)
    }

    /// The position of the largest real cell (the first one on a tie); nil for an average pool.
    public var winner: Int? {
        guard layer.spec.kind == .max else { return nil }
        var best: Int? = nil, top = -Float.infinity
        for p in realPositions where best == nil || layer.input[p, channel] > top {
            best = p
            top = layer.input[p, channel]
        }
        return best
    }

    /// The sum of the real cells, in window order.
    public var sum: Float {
        var acc: Float = 0
        for p in realPositions { acc += layer.input[p, channel] }
        return acc
    }

    /// The divisor of an average: the number of real cells.
    public var count: Int { realPositions.count }

    /// The output value.
    public var value: Float {
        if layer.spec.kind == .average { return sum / Float(count) }
        return winner.map { layer.input[$0, channel] } ?? -.infinity
    }
}
