/// The built-in `sentiment` model: the `tiny` embedding, four hand-set pattern filters, a global max, a score.
///
/// Its weights were set by hand for teaching, not trained. Conv1D(4, kernel_size=2,
/// padding='causal', relu) reads each word with the word before it (the first word with a
/// pad cell), over tiny's dimensions good, bad, not, very, film:
/// - f0 "praise": good on the word, minus twice a negation before it ("good", not "not good");
/// - f1 "negated praise": twice a negation, plus a good word after it, minus 2 ("not good"; a
///   strong word alone, "was excellent", stays at 0);
/// - f2 "criticism": bad on the word, minus twice a negation before it ("boring");
/// - f3 "negated criticism": the same with a bad word ("not bad", never "was awful").
/// GlobalMaxPooling1D keeps each filter's strongest match anywhere in the text, and
/// Dense(1, sigmoid) weighs them +2, −2, −2, +1: above 0.5 reads as positive.
public enum SentimentModel {
    /// What each filter looks for, in filter order.
    public static let filterNames = ["praise", "negated praise", "criticism", "negated criticism"]
    static let good = 0, bad = 1, not = 2
    static let channels = TinyEmbedding.dimensions.count, filters = 4

    /// The conv kernel in Keras's `[k][C][F]` layout.
    static var kernel: [Float] {
        var w = [Float](repeating: 0, count: 2 * channels * filters)
        func set(tap t: Int, _ c: Int, filter f: Int, _ v: Float) { w[(t * channels + c) * filters + f] = v }
        set(tap: 1, good, filter: 0, 1); set(tap: 0, not, filter: 0, -2)
        set(tap: 0, not, filter: 1, 2); set(tap: 1, good, filter: 1, 1)
        set(tap: 1, bad, filter: 2, 1); set(tap: 0, not, filter: 2, -2)
        set(tap: 0, not, filter: 3, 2); set(tap: 1, bad, filter: 3, 1)
        return w
    }

    static let model: ExplorerModel = {
        let tiny = TinyEmbedding.table
        let conv = ConvArguments(filters: filters, kernelSize: 2, padding: .causal, activation: .relu)
        let table = [Float](repeating: 0, count: TextInput.firstWordId * channels) + tiny.rows
        let stack = ModelStack(entries: [
            ModelStack.Entry(.embedding(inputDim: tiny.words.count + TextInput.firstWordId, outputDim: channels, inputLength: nil),
                             weights: LayerWeights(embeddings: table)),
            ModelStack.Entry(.conv1D(conv), weights: LayerWeights(kernel: kernel, bias: [0, -2, 0, -2])),
            ModelStack.Entry(.globalMaxPooling1D(keepdims: false)),
            ModelStack.Entry(.dense(units: 1, useBias: true, activation: .sigmoid), weights: LayerWeights(kernel: [2, -2, -2, 1], bias: [0])),
        ])
        var m = ExplorerModel(name: "sentiment", stack: stack, length: 5, channels: 1)
        m.defaultText = "the plot was not good"
        m.channelNames[1] = filterNames
        return m
    }()
}
