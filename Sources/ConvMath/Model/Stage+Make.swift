extension Stage {
    /// The layer's outcome on `shape` when a model is built, or the error Keras raises then.
    ///
    /// Like `summary`'s, except that a pool whose 'valid' length is exactly 0 fails
    /// too: building a model runs the pool, and an empty output raises.
    public static func buildOutcome(_ layer: ModelLayer, on shape: LayerShape, name: String) -> Result<LayerOutcome, LayerError> {
        let outcome = layer.outcome(on: shape, name: name)
        switch (layer.windowedPool, outcome) {
        case let ((kind, args)?, .success(o)):
            guard o.shape.steps == 0, let steps = shape.steps, let channels = shape.last else { return outcome }
            let spec = PoolSpec(kind: kind, length: steps, channels: channels, poolSize: args.poolSize, strides: args.strides, padding: args.padding)
            if case .failure(let e) = spec.validate() { return .failure(PoolLayer.withoutCallPrefix(e, kind: kind)) }
            return outcome
        default:
            return outcome
        }
    }

    /// Builds `layer` on its real input, or returns the error Keras raises when the model is built.
    ///
    /// Shapes are checked first, with the same rules as `summary`; then the layer
    /// itself, on the actual length. Weights must be given for every layer that has them.
    public static func make(_ layer: ModelLayer, weights: LayerWeights, input: StageInput, name: String) -> Result<Stage, LayerError> {
        if case .failure(let e) = buildOutcome(layer, on: input.layerShape, name: name) { return .failure(e) }
        switch (layer, input) {
        case let (.embedding(v, d, _), .tokens(ids)):
            return EmbeddingLayer.make(inputDim: v, outputDim: d, tokens: ids, weights: weights).map(Stage.embedding)
        case (_, .tokens):
            return .failure(LayerError("Token ids can only go into an Embedding layer; \(layer.className) needs (steps, channels) values."))
        case (.embedding, .tensor):
            return .failure(LayerError("An Embedding reads token ids, so it must be the first layer."))
        case let (.conv1D(args), .tensor(t)):
            let m = t.matrix
            let spec = args.spec(length: m.rows, channels: m.columns)
            if args.useBias, weights.bias == nil, case .success = spec.validate() {
                return .failure(LayerError("Conv1D needs a bias of shape (\(args.filters),) when use_bias is true."))
            }
            return Conv1DLayer.make(spec: spec, input: m, kernel: weights.kernel ?? [], bias: args.useBias ? weights.bias : nil).map(Stage.conv)
        case let (.maxPooling1D(args), .tensor(t)):
            return PoolLayer.make(kind: .max, arguments: args, input: t.matrix).map(Stage.pool)
        case let (.averagePooling1D(args), .tensor(t)):
            return PoolLayer.make(kind: .average, arguments: args, input: t.matrix).map(Stage.pool)
        case let (.globalMaxPooling1D(keepdims), .tensor(t)):
            return GlobalPoolLayer.make(GlobalPoolSpec(kind: .max, keepdims: keepdims), input: t.matrix).map(Stage.globalPool)
        case let (.globalAveragePooling1D(keepdims), .tensor(t)):
            return GlobalPoolLayer.make(GlobalPoolSpec(kind: .average, keepdims: keepdims), input: t.matrix).map(Stage.globalPool)
        case let (.dense(units, useBias, activation), .tensor(t)):
            return DenseLayer.make(units: units, useBias: useBias, activation: activation, input: t, weights: weights).map(Stage.dense)
        case (.flatten, .tensor(let t)):
            return .success(.pass(PassLayer(kind: .flatten, input: t)))
        case let (.dropout(rate), .tensor(t)):
            return .success(.pass(PassLayer(kind: .dropout(rate: rate), input: t)))
        case let (.activation(act), .tensor(t)):
            return .success(.pass(PassLayer(kind: .activation(act), input: t)))
        case (.input, _), (.lstm, _), (.gru, _), (.simpleRNN, _):
            // Keras builds it; this explorer only has no step-by-step view of it, which is its own refusal.
            return .failure(LayerError(type: LayerError.notStepwiseType,
                                       "Keras builds this \(layer.className), and convviz summary shows its shape and parameters, but the explorer does not compute it step by step, so the layers after it have no values to show."))
        }
    }
}
