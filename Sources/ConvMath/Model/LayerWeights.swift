/// The weights a model description gives for one layer, in Keras's layouts, flattened row-major.
///
/// Conv1D: `kernel` `[k][C/G][F]`, `bias` `[F]`. Dense: `kernel` `[in][units]`, `bias`
/// `[units]`. Embedding: `embeddings` `[input_dim][output_dim]`. nil fields are seeded.
public struct LayerWeights: Hashable, Sendable {
    public var kernel: [Float]?
    public var bias: [Float]?
    public var embeddings: [Float]?

    public init(kernel: [Float]? = nil, bias: [Float]? = nil, embeddings: [Float]? = nil) {
        self.kernel = kernel
        self.bias = bias
        self.embeddings = embeddings
    }

    /// True when no weight is given.
    public var isEmpty: Bool { kernel == nil && bias == nil && embeddings == nil }
}
