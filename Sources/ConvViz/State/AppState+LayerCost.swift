import ConvMath

/// What the current layer costs to show: cell widths its weights need, outputs kept once summed,
/// and a rebuild big enough to announce.
extension AppState {
    /// Whether a layer's weights read exactly in five columns, judged on up to 512 of them spread over
    /// the kernel (seeded and file weights share one granularity), so a big layer costs no more.
    static func needsWideCells(_ layer: Result<Conv1DLayer, LayerError>) -> Bool {
        guard case .success(let l) = layer, !l.kernel.isEmpty else { return false }
        let k = l.kernel
        return stride(from: 0, to: k.count, by: max(k.count / 512, 1)).contains { NumberText.fit(k[$0], width: 5).hasSuffix("~") }
    }

    /// The inputs and weights a rebuild of the current Conv1D makes.
    public var layerValues: Int { spec.length * spec.channels + spec.kernelSize * spec.channelsPerGroup * spec.filters }

    /// What rebuilding the current Conv1D costs, said when it is big enough to keep a key waiting
    /// (`2000 x 4096 inputs and 900 x 4096 x 4 weights`), else nil.
    public var rebuildWork: String? {
        guard layerValues >= Self.bigLayerValues else { return nil }
        return "\(spec.length) x \(spec.channels) inputs and \(spec.kernelSize) x \(spec.channelsPerGroup) x \(spec.filters) weights"
    }

    /// Output (j, f) of the current layer as the output panel shows it: computed once per layer
    /// when each output sums at least `memoProducts` products, directly otherwise.
    func output(_ layer: Conv1DLayer, position j: Int, filter f: Int) -> Float {
        Self.memoizes(layer) ? outputMemo.output(layer, position: j, filter: f) : layer.output(position: j, filter: f)
    }

    /// The largest |y[j, f]| over every filter of the current layer at position j: a heatmap's scale.
    func largestOutput(_ layer: Conv1DLayer, position j: Int) -> Float {
        if Self.memoizes(layer) { return outputMemo.largestMagnitude(layer, position: j) }
        return (0..<layer.spec.filters).reduce(Float(0)) { max($0, abs(layer.output(position: j, filter: $1))) }
    }

    /// Products per output from which a memo look-up (~0.1 µs) beats summing them again: IMDB's
    /// second conv, 7 × 32 = 224, is read for every filter in view on every heatmap frame, and a
    /// miss computes eight filters at once.
    static let memoProducts = 64

    /// True when a layer's outputs sum enough products to be kept once computed (`memoProducts`).
    static func memoizes(_ layer: Conv1DLayer) -> Bool { layer.spec.kernelSize * layer.spec.channelsPerGroup >= memoProducts }

    /// Inputs and weights from which a rebuild is announced before it starts.
    static let bigLayerValues = 2_000_000
}
