/// A Keras `Embedding`: each token id picks a row of the table.
public struct EmbeddingLayer: SteppedLayer {
    public let tokens: [Int]
    public let inputDim: Int
    public let outputDim: Int
    /// `[input_dim][output_dim]`, flattened.
    public let table: [Float]

    public static func make(inputDim: Int, outputDim: Int, tokens: [Int], weights: LayerWeights) -> Result<EmbeddingLayer, LayerError> {
        guard let table = weights.embeddings, table.count == inputDim * outputDim else {
            return .failure(LayerError("Embedding needs embeddings of shape (\(inputDim), \(outputDim)): \(inputDim * outputDim) values, got \(weights.embeddings?.count ?? 0)."))
        }
        if let bad = tokens.firstIndex(where: { $0 < 0 || $0 >= inputDim }) {
            return .failure(LayerError("Token id \(tokens[bad]) at position \(bad) is outside the vocabulary 0 ..< \(inputDim) (input_dim)."))
        }
        return .success(EmbeddingLayer(tokens: tokens, inputDim: inputDim, outputDim: outputDim, table: table))
    }

    public var outputLength: Int { tokens.count }
    public var outputChannels: Int { outputDim }

    public func step(index: Int, position: Int, channel: Int) -> EmbeddingStep {
        EmbeddingStep(layer: self, index: index, position: position, channel: channel)
    }

    /// `[L][output_dim]`.
    public func forward() -> Tensor {
        var out: [Float] = []
        out.reserveCapacity(tokens.count * outputDim)
        for id in tokens { out += table[(id * outputDim)..<((id + 1) * outputDim)] }
        return Tensor(shape: [tokens.count, outputDim], values: out)
    }
}

/// One output of an Embedding: `table[token][channel]`.
public struct EmbeddingStep: Sendable {
    public let layer: EmbeddingLayer
    public let index: Int
    public let position: Int
    public let channel: Int

    /// The token id at this position, which is the table row read.
    public var token: Int { layer.tokens[position] }
    public var value: Float { layer.table[token * layer.outputDim + channel] }
}
