/// `Flatten`, `Dropout` and `Activation`: layers that move or map values one by one.
public struct PassLayer: SteppedLayer {
    public enum Kind: Hashable, Sendable {
        /// A relabelling: (L, C) becomes (L·C,), row by row.
        case flatten
        /// The identity at inference; the rate only matters in training.
        case dropout(rate: Double)
        /// An activation alone; softmax runs over the last axis.
        case activation(LayerActivation)
    }

    public let kind: Kind
    public let input: Tensor

    public init(kind: Kind, input: Tensor) {
        self.kind = kind
        self.input = input
    }

    /// The input as positions × channels.
    public var inputMatrix: Matrix { input.matrix }

    public var outputShape: [Int] {
        if case .flatten = kind { return [input.values.count] }
        return input.shape
    }

    public var outputLength: Int { outputShape[0] }
    public var outputChannels: Int { outputShape.count == 1 ? 1 : outputShape[1] }

    /// The input cell (position, channel) that output (position, channel) reads.
    public func source(position: Int, channel: Int) -> (position: Int, channel: Int) {
        let m = inputMatrix
        if case .flatten = kind {
            let flat = position
            return (flat / m.columns, flat % m.columns)
        }
        return (position, channel)
    }

    public func step(index: Int, position: Int, channel: Int) -> PassStep {
        PassStep(layer: self, index: index, position: position, channel: channel)
    }

    /// The output tensor, bit-identical to the steps.
    public func forward() -> Tensor {
        guard case .activation(let act) = kind else { return Tensor(shape: outputShape, values: input.values) }
        var values = input.values
        let rowWidth = input.shape.last ?? 1
        values.withUnsafeMutableBufferPointer { v in
            var start = 0
            while start < v.count {
                act.apply(row: UnsafeMutableBufferPointer(rebasing: v[start..<(start + rowWidth)]))
                start += rowWidth
            }
        }
        return Tensor(shape: outputShape, values: values)
    }
}

/// One output of a Flatten, Dropout or Activation layer: the input cell it comes from, and what became of it.
public struct PassStep: Sendable {
    public let layer: PassLayer
    public let index: Int
    public let position: Int
    public let channel: Int

    /// The input cell read.
    public var source: (position: Int, channel: Int) { layer.source(position: position, channel: channel) }

    /// The input value.
    public var x: Float {
        let s = source
        return layer.inputMatrix[s.position, s.channel]
    }

    public var value: Float {
        guard case .activation(let act) = layer.kind else { return x }
        if let e = act.elementwise { return e.apply(x) }
        // Softmax over the last axis: a sequence's row, or the whole vector.
        let t = layer.input, width = t.shape.last ?? 1
        let flat = t.isVector ? position : position * width + channel
        let start = flat - flat % width
        return LayerActivation.softmax(Array(t.values[start..<(start + width)]), at: flat - start)
    }
}
