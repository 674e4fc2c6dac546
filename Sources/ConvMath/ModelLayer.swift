/// One layer of a Keras `Sequential` stack, with Keras's class name and arguments.
///
/// Only what decides shapes and parameter counts is kept; initializers and the
/// like make no difference to a summary.
public enum ModelLayer: Hashable, Sendable {
    /// `keras.Input(shape=...)`: the shape after the batch axis. Never a row of the summary.
    case input(shape: [Int?])
    /// `Embedding(input_dim, output_dim, input_length)`; Keras 3 ignores input_length,
    /// so here it only sets the length when the stack starts with the Embedding.
    case embedding(inputDim: Int, outputDim: Int, inputLength: Int?)
    case conv1D(ConvArguments)
    case maxPooling1D(PoolArguments)
    case averagePooling1D(PoolArguments)
    case globalMaxPooling1D(keepdims: Bool)
    case globalAveragePooling1D(keepdims: Bool)
    case flatten
    case dropout(rate: Double)
    case dense(units: Int, useBias: Bool, activation: LayerActivation = .linear)
    /// `Activation(name)`: an activation as a layer of its own.
    case activation(LayerActivation)
    case lstm(RecurrentArguments)
    /// Keras 3's default GRU keeps two bias vectors (`reset_after=True`).
    case gru(RecurrentArguments)
    case simpleRNN(RecurrentArguments)

    /// Keras's class name, as in `conv1d (Conv1D)`.
    public var className: String {
        switch self {
        case .input: return "InputLayer"
        case .embedding: return "Embedding"
        case .conv1D: return "Conv1D"
        case .maxPooling1D: return "MaxPooling1D"
        case .averagePooling1D: return "AveragePooling1D"
        case .globalMaxPooling1D: return "GlobalMaxPooling1D"
        case .globalAveragePooling1D: return "GlobalAveragePooling1D"
        case .flatten: return "Flatten"
        case .dropout: return "Dropout"
        case .dense: return "Dense"
        case .activation: return "Activation"
        case .lstm: return "LSTM"
        case .gru: return "GRU"
        case .simpleRNN: return "SimpleRNN"
        }
    }

    /// The stem of Keras's automatic layer name: the class name in snake case.
    public var namePrefix: String {
        switch self {
        case .input: return "input_layer"
        case .embedding: return "embedding"
        case .conv1D: return "conv1d"
        case .maxPooling1D: return "max_pooling1d"
        case .averagePooling1D: return "average_pooling1d"
        case .globalMaxPooling1D: return "global_max_pooling1d"
        case .globalAveragePooling1D: return "global_average_pooling1d"
        case .flatten: return "flatten"
        case .dropout: return "dropout"
        case .dense: return "dense"
        case .activation: return "activation"
        case .lstm: return "lstm"
        case .gru: return "gru"
        case .simpleRNN: return "simple_rnn"
        }
    }
}
