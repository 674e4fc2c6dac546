/// A value a demo script's `set NAME VALUE` line (or a recording) assigns.
public enum Setting: Equatable, Sendable {
    case parameter(Parameter, Int)
    case padding(Padding)
    case activation(Activation)
    /// softmax, which only a Dense or an Activation layer of a model takes.
    case layerActivation(LayerActivation)
    case useBias(Bool)
    case seed(UInt64)
    case order(StepOrder)
    /// Steps per second.
    case speed(Double)
    case input(DataSource)
    case kernel(DataSource)
    /// A sentence as the input, one word per position (`text "…"`).
    case text(Sentence)
    /// The table the text's words are looked up in (`embedding tiny`).
    case embedding(WordEmbedding)
    /// Keras or PyTorch (`set framework pytorch`).
    case framework(Framework)
    /// PyTorch's integer padding (`set padding 2`).
    case torchPadding(Int)
    /// PyTorch's `padding_mode` (`set padding_mode reflect`).
    case paddingMode(TorchPaddingMode)
    /// A PyTorch pool's `ceil_mode` (`set ceil_mode true`).
    case ceilMode(Bool)
    /// A PyTorch average pool's `count_include_pad` (`set count_include_pad false`).
    case countIncludePad(Bool)
}
