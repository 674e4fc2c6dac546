/// A Keras `Dense` layer on a vector `(n,)` or, applied at every step, on a sequence `(L, n)`.
///
/// On a vector the output is `units` positions of one channel (step p is unit p);
/// on a sequence it is L positions of `units` channels.
public struct DenseLayer: SteppedLayer {
    /// The input rows: 1 for a vector, L for a sequence.
    public let rows: Int
    /// Features per row, `n`.
    public let inputs: Int
    public let units: Int
    public let isVector: Bool
    /// Row-major `[rows][n]`.
    public let x: [Float]
    /// Keras's `[n][units]`, flattened.
    public let kernel: [Float]
    /// `[units]`; zeros without a bias.
    public let bias: [Float]
    public let useBias: Bool
    public let activation: LayerActivation
    /// A softmax's outputs, `[rows][units]`, computed once in the steps' order: each one reads every
    /// unit's sum, which a frame of many cells would otherwise recompute for each of them.
    var softmaxValues: [Float]? = nil

    public static func make(units: Int, useBias: Bool, activation: LayerActivation, input: Tensor, weights: LayerWeights) -> Result<DenseLayer, LayerError> {
        let n = input.shape.last ?? 0
        let rows = input.isVector ? 1 : input.shape[0]
        guard let kernel = weights.kernel, kernel.count == n * units else {
            return .failure(LayerError("Dense needs a kernel of shape (\(n), \(units)): \(n * units) values, got \(weights.kernel?.count ?? 0)."))
        }
        let bias = useBias ? (weights.bias ?? []) : Array(repeating: 0, count: units)
        guard bias.count == units else {
            return .failure(LayerError("Dense needs a bias of shape (\(units),), got \(bias.count) values."))
        }
        var layer = DenseLayer(rows: rows, inputs: n, units: units, isVector: input.isVector, x: input.values,
                               kernel: kernel, bias: bias, useBias: useBias, activation: activation)
        if activation.elementwise == nil {
            var values = [Float](repeating: 0, count: rows * units)
            for r in 0..<rows {
                var z = (0..<units).map { layer.preActivation(row: r, unit: $0) }
                z.withUnsafeMutableBufferPointer { activation.apply(row: $0) }
                values.replaceSubrange((r * units)..<((r + 1) * units), with: z)
            }
            layer.softmaxValues = values
        }
        return .success(layer)
    }

    public var outputLength: Int { isVector ? units : rows }
    public var outputChannels: Int { isVector ? 1 : units }

    /// The (input row, unit) that output (position, channel) computes.
    public func cell(position: Int, channel: Int) -> (row: Int, unit: Int) {
        isVector ? (0, position) : (position, channel)
    }

    public func step(index: Int, position: Int, channel: Int) -> DenseStep {
        let c = cell(position: position, channel: channel)
        return DenseStep(layer: self, index: index, position: position, channel: channel, row: c.row, unit: c.unit)
    }

    /// `Σ_i x[row][i]·W[i][unit]`, accumulated in float32 in order of i, plus the bias.
    public func preActivation(row: Int, unit: Int) -> Float {
        var acc: Float = 0
        let base = row * inputs
        for i in 0..<inputs { acc += x[base + i] * kernel[i * units + unit] }
        return useBias ? acc + bias[unit] : acc
    }

    /// The output tensor: `[units]` or `[L][units]`.
    ///
    /// A Dense layer is a Conv1D with kernel_size 1 over its rows (Keras's kernel `[n][units]`
    /// is the conv's `(1, n, units)`), so its products go through the conv's blocked forward
    /// pass, in the steps' order: equal to the steps where the sums are exact, within a few
    /// units in the last place otherwise. The activation (softmax included) follows per row.
    public func forward() -> Tensor {
        let spec = Conv1DSpec(length: rows, channels: inputs, filters: units, kernelSize: 1, padding: .valid,
                              activation: .linear, useBias: useBias)
        var out: [Float]
        if case .success(let conv) = Conv1DLayer.make(spec: spec, input: Matrix(rows: rows, columns: inputs, values: x),
                                                      kernel: kernel, bias: useBias ? bias : nil) {
            out = conv.forward().values
        } else {
            // A layer past the conv's size limits is still computed, by the steps' own loop.
            out = [Float](repeating: 0, count: rows * units)
            for r in 0..<rows { for u in 0..<units { out[r * units + u] = preActivation(row: r, unit: u) } }
        }
        out.withUnsafeMutableBufferPointer { o in
            for r in 0..<rows { activation.apply(row: UnsafeMutableBufferPointer(rebasing: o[(r * units)..<((r + 1) * units)])) }
        }
        return Tensor(shape: isVector ? [units] : [rows, units], values: out)
    }
}

/// One output of a Dense layer: n products, their sum, the bias and the activation.
public struct DenseStep: Sendable {
    public let layer: DenseLayer
    public let index: Int
    public let position: Int
    public let channel: Int
    /// The input row read (0 on a vector).
    public let row: Int
    public let unit: Int

    /// `x[row][i]`.
    public func x(_ i: Int) -> Float { layer.x[row * layer.inputs + i] }
    /// `W[i][unit]`.
    public func w(_ i: Int) -> Float { layer.kernel[i * layer.units + unit] }

    /// Σ x·w before the bias.
    public var sum: Float {
        var acc: Float = 0
        for i in 0..<layer.inputs { acc += x(i) * w(i) }
        return acc
    }

    public var bias: Float { layer.useBias ? layer.bias[unit] : 0 }
    public var preActivation: Float { layer.preActivation(row: row, unit: unit) }

    /// The output; softmax looks at every unit of the row.
    public var value: Float {
        if let act = layer.activation.elementwise { return act.apply(preActivation) }
        if let values = layer.softmaxValues { return values[row * layer.units + unit] }
        let all = (0..<layer.units).map { layer.preActivation(row: row, unit: $0) }
        return LayerActivation.softmax(all, at: unit)
    }
}
