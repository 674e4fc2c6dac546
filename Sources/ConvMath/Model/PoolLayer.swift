/// A Keras `MaxPooling1D` / `AveragePooling1D`, or PyTorch's `nn.MaxPool1d` / `nn.AvgPool1d`,
/// on its real input, computed window by window.
public struct PoolLayer: SteppedLayer {
    public let spec: PoolSpec
    /// Where each output's window starts and how many outputs there are, by the framework's rule.
    public let window: PoolWindow
    /// PyTorch's padding, ceil_mode and count_include_pad; nil for a Keras pool.
    public let torch: TorchPoolOptions?
    /// `[length][channels]`.
    public let input: Matrix

    /// Builds the pool, or returns the error Keras (or PyTorch, when `arguments.torch` is set) raises.
    ///
    /// Inside a model Keras raises while building, so the message has no `call()` prefix.
    public static func make(kind: PoolKind, arguments: PoolArguments, input: Matrix) -> Result<PoolLayer, LayerError> {
        let spec = PoolSpec(kind: kind, length: input.rows, channels: input.columns, poolSize: arguments.poolSize,
                            strides: arguments.strides, padding: arguments.padding)
        if let torch = arguments.torch {
            return torch.module(kind: kind, length: input.rows, channels: input.columns, kernelSize: arguments.poolSize,
                                stride: arguments.effectiveStrides).map { PoolLayer(spec: spec, window: $0, torch: torch, input: input) }
        }
        switch spec.validate() {
        case .failure(let e):
            return .failure(withoutCallPrefix(e, kind: kind))
        case .success(let plan):
            return .success(PoolLayer(spec: spec, window: spec.window(plan: plan), torch: nil, input: input))
        }
    }

    /// The error as a model build reports it: without the `call()` prefix of a direct call.
    static func withoutCallPrefix(_ e: LayerError, kind: PoolKind) -> LayerError {
        let prefix = "Exception encountered when calling \(kind.kerasClassName).call(). "
        return LayerError(type: e.type, e.message.hasPrefix(prefix) ? String(e.message.dropFirst(prefix.count)) : e.message)
    }

    public var kind: PoolKind { spec.kind }
    public var outputLength: Int { window.outputLength }
    public var outputChannels: Int { spec.channels }

    /// Pad cells before the input.
    public var padLeft: Int { window.padLeft }

    /// Cells the last window reads past the input: Keras's right pad, or PyTorch's pad
    /// plus, in ceil mode, cells beyond even the padded input.
    public var padRight: Int {
        guard outputLength > 0 else { return 0 }
        return max(window.inputPosition(output: outputLength - 1, tap: window.size - 1) - (window.length - 1), 0)
    }

    /// What output `j` of an average divides by: its real cells (Keras, and PyTorch without
    /// `count_include_pad`), or its window clipped to the padded input.
    public func divisor(output j: Int) -> Int {
        torch?.divisor(window: window, output: j) ?? window.realCount(output: j)
    }

    public func step(index: Int, position: Int, channel: Int) -> PoolStep {
        PoolStep(layer: self, index: index, position: position, channel: channel)
    }

    /// Every output, `[output_length][channels]`, bit-identical to the steps.
    public func forward() -> Matrix {
        window.reduce(input, kind: spec.kind) { divisor(output: $0) }
    }
}

/// One output cell of a pool: its window, the real cells in it, and the winner or the mean.
public struct PoolStep: Sendable {
    public let layer: PoolLayer
    public let index: Int
    public let position: Int
    public let channel: Int

    /// Every cell from the window's first tap to its last: pad cells, and a dilated window's gaps, included.
    public var window: ClosedRange<Int> {
        let taps = self.taps
        return taps.start...(taps.start + (taps.count - 1) * taps.step)
    }

    /// The window's taps, pad cells included: `dilation` apart.
    public var taps: TapPositions {
        let w = layer.window
        return TapPositions(first: w.inputPosition(output: position, tap: 0), count: max(w.size, 1), step: w.dilation)
    }

    /// The real input positions the window reads; pad cells never count, except in PyTorch's divisor.
    public var realPositions: TapPositions {
        let w = layer.window, taps = w.realTaps(output: position)
        guard let first = taps.first else { return TapPositions(first: 0, count: 0, step: 1) }
        return TapPositions(first: w.inputPosition(output: position, tap: first), count: taps.count, step: w.dilation)
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

    /// The number of real cells in the window.
    public var count: Int { realPositions.count }

    /// What an average divides by: `count`, or with PyTorch's `count_include_pad` the window's
    /// cells inside the padded input.
    public var divisor: Int { layer.divisor(output: position) }

    /// Cells of the window past PyTorch's right padding: only a `ceil_mode` window reaches them,
    /// and PyTorch clips the window there, so they are no pad cells (0 for Keras).
    public var pastPadding: Int {
        guard let t = layer.torch else { return 0 }
        return taps.count - taps.count(before: layer.window.length + t.padding)
    }

    /// True when only PyTorch's `ceil_mode` makes this window: it starts inside the input
    /// (or its left pad) but runs past the padded input's end.
    public var isCeilWindow: Bool {
        guard let t = layer.torch, t.ceilMode else { return false }
        return window.upperBound >= layer.window.length + t.padding
    }

    /// The output value.
    public var value: Float {
        if layer.spec.kind == .average { return sum / Float(divisor) }
        return winner.map { layer.input[$0, channel] } ?? -.infinity
    }
}
