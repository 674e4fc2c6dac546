/// One sample's tensor between two layers: Keras's shape (batch axis dropped) and row-major values.
public struct Tensor: Hashable, Sendable {
    /// `[L, C]` for a sequence, `[n]` for a vector.
    public let shape: [Int]
    public let values: [Float]

    public init(shape: [Int], values: [Float]) {
        precondition(shape.reduce(1, *) == values.count, "Tensor: \(values.count) values for \(shape)")
        self.shape = shape
        self.values = values
    }

    public init(_ m: Matrix) { self.init(shape: [m.rows, m.columns], values: m.values) }

    /// True for a `(n,)` vector, false for a `(steps, channels)` sequence.
    public var isVector: Bool { shape.count == 1 }

    /// The values as positions × channels; a vector is `n` positions of one channel.
    public var matrix: Matrix {
        isVector ? Matrix(rows: shape[0], columns: 1, values: values) : Matrix(rows: shape[0], columns: shape[1], values: values)
    }

    /// The shape as Keras prints it, with the batch axis: `(None, 494, 32)`.
    public var layerShape: LayerShape { LayerShape(shape.map { Optional($0) }) }
}

/// What enters a model or a layer: a tensor, or token ids for an Embedding.
public enum StageInput: Hashable, Sendable {
    case tensor(Tensor)
    case tokens([Int])

    /// The shape Keras would see.
    public var layerShape: LayerShape {
        switch self {
        case .tensor(let t): return t.layerShape
        case .tokens(let ids): return LayerShape([ids.count])
        }
    }
}
