/// Builds one `ModelLayer` from its Keras fields, with Keras's defaults.
enum LayerDecoding {
    static func layer(_ f: inout LayerFields) throws(SummaryInputError) -> ModelLayer {
        switch f.className {
        case "Input", "InputLayer":
            if let shape = try f.shape("shape") { return .input(shape: shape) }
            if let batch = try f.shape("batch_shape") { return .input(shape: Array(batch.dropFirst())) }
            throw f.error("'shape' is required, e.g. [500, 1]")
        case "Embedding":
            return .embedding(inputDim: try f.positiveInt("input_dim"), outputDim: try f.positiveInt("output_dim"),
                              inputLength: try f.optionalPositiveInt("input_length"))
        case "Conv1D":
            try channelsLast(&f)
            let activation = Activation(rawValue: try f.choice("activation", Activation.allCases.map(\.rawValue), default: "linear"))!
            return .conv1D(ConvArguments(
                filters: try f.positiveInt("filters"), kernelSize: try f.positiveInt("kernel_size"),
                strides: try f.positiveInt("strides", default: 1), padding: try padding(&f, ["valid", "same", "causal"]),
                dilationRate: try f.positiveInt("dilation_rate", default: 1), groups: try f.positiveInt("groups", default: 1),
                activation: activation, useBias: try f.bool("use_bias", default: true)))
        case "MaxPooling1D", "AveragePooling1D":
            try channelsLast(&f)
            let args = PoolArguments(poolSize: try f.positiveInt("pool_size", default: 2), strides: try f.optionalPositiveInt("strides"),
                                     padding: try padding(&f, ["valid", "same"]))
            return f.className == "MaxPooling1D" ? .maxPooling1D(args) : .averagePooling1D(args)
        case "GlobalMaxPooling1D", "GlobalAveragePooling1D":
            try channelsLast(&f)
            let keepdims = try f.bool("keepdims", default: false)
            return f.className == "GlobalMaxPooling1D" ? .globalMaxPooling1D(keepdims: keepdims) : .globalAveragePooling1D(keepdims: keepdims)
        case "Flatten":
            try channelsLast(&f)
            return .flatten
        case "Dropout":
            let rate = try f.number("rate", default: .nan)
            guard rate >= 0, rate < 1 else { throw f.error("'rate' must be a number from 0 up to (not including) 1") }
            return .dropout(rate: rate)
        case "Dense":
            return .dense(units: try f.positiveInt("units"), useBias: try f.bool("use_bias", default: true), activation: try activation(&f))
        case "Activation":
            return .activation(try activation(&f))
        case "LSTM", "GRU", "SimpleRNN":
            _ = try f.string("activation")
            let args = RecurrentArguments(units: try f.positiveInt("units"), returnSequences: try f.bool("return_sequences", default: false),
                                          useBias: try f.bool("use_bias", default: true),
                                          resetAfter: f.className == "GRU" ? try f.bool("reset_after", default: true) : true)
            return f.className == "LSTM" ? .lstm(args) : f.className == "GRU" ? .gru(args) : .simpleRNN(args)
        default:
            throw f.error("unknown class; use one of \(SummaryDecoder.classes.joined(separator: ", "))")
        }
    }

    /// A Dense or Activation layer's activation, one of `LayerActivation`'s.
    static func activation(_ f: inout LayerFields) throws(SummaryInputError) -> LayerActivation {
        LayerActivation(rawValue: try f.choice("activation", LayerActivation.allCases.map(\.rawValue), default: "linear"))!
    }

    /// The weights a layer carries, checked against the layouts Keras uses for its class.
    static func weights(_ f: inout LayerFields) throws(SummaryInputError) -> LayerWeights {
        let kernelRank = f.className == "Conv1D" ? 3 : 2
        return LayerWeights(kernel: try f.numbers("kernel", rank: kernelRank)?.values,
                            bias: try f.numbers("bias", rank: 1)?.values,
                            embeddings: try f.numbers("embeddings", rank: 2)?.values)
    }

    static func padding(_ f: inout LayerFields, _ allowed: [String]) throws(SummaryInputError) -> Padding {
        Padding(rawValue: try f.choice("padding", allowed, default: "valid"))!
    }

    /// Shapes here are channels_last; channels_first would move the steps axis.
    static func channelsLast(_ f: inout LayerFields) throws(SummaryInputError) {
        _ = try f.choice("data_format", ["channels_last"], default: "channels_last")
    }
}
