/// Shape and parameter inference, worded like Keras when a layer cannot take its input.
extension ModelLayer {
    /// The outcome of this layer on `input`, or the error Keras raises; `name` is the layer's name for errors.
    public func outcome(on input: LayerShape, name: String, style: FormulaStyle = .unicode) -> Result<LayerOutcome, LayerError> {
        switch self {
        case .input:
            return .failure(LayerError("An Input can only be the first layer of a Sequential model; \"\(name)\" comes later."))
        case let .embedding(v, d, _):
            guard v > 0, d > 0 else {
                return .failure(LayerError("Both `input_dim` and `output_dim` should be positive, Received input_dim = \(v) and output_dim = \(d)"))
            }
            guard let params = ParamFormula.embedding(inputDim: v, outputDim: d, style: style) else {
                return .failure(Self.tooLarge("The parameter count input_dim·output_dim = \(v)·\(d)"))
            }
            return .success(LayerOutcome(shape: LayerShape(input.dims + [d]), params: params))
        case let .conv1D(args):
            return Self.conv(args, on: input, name: name, style: style)
        case let .maxPooling1D(args):
            return Self.pool(args, kind: .max, on: input, name: name)
        case let .averagePooling1D(args):
            return Self.pool(args, kind: .average, on: input, name: name)
        case let .globalMaxPooling1D(keepdims), let .globalAveragePooling1D(keepdims):
            if let e = Self.rankError(input, name: name) { return .failure(e) }
            return .success(LayerOutcome(shape: LayerShape(keepdims ? [1, input.last] : [input.last]), effect: .whole))
        case .flatten:
            let known = input.dims.compactMap { $0 }
            guard known.count == input.dims.count else { return .success(LayerOutcome(shape: LayerShape([nil]), effect: .whole)) }
            guard let size = Checked.product(known) else {
                return .failure(Self.tooLarge("The flattened size of \(input)"))
            }
            return .success(LayerOutcome(shape: LayerShape([size]), effect: .whole))
        case let .dropout(rate):
            guard rate >= 0, rate <= 1 else {
                return .failure(LayerError("Invalid value received for argument `rate`. Expected a float value between 0 and 1. Received: rate=\(rate)"))
            }
            return .success(LayerOutcome(shape: input))
        case .activation:
            return .success(LayerOutcome(shape: input))
        case let .dense(units, useBias, _):
            guard units > 0 else { return .failure(Self.unitsError(units)) }
            guard input.rank >= 2 else {
                return .failure(LayerError("Input 0 of layer \"\(name)\" is incompatible with the layer: expected min_ndim=2, found ndim=\(input.rank). Full shape received: \(input)"))
            }
            guard let n = input.last else {
                return .failure(LayerError("The last dimension of the inputs to a Dense layer should be defined. Found None. Full input shape received: \(input)"))
            }
            guard let params = ParamFormula.dense(inputs: n, units: units, useBias: useBias, style: style) else {
                return .failure(Self.tooLarge("The parameter count n·u = \(n)·\(units)"))
            }
            return .success(LayerOutcome(shape: LayerShape(input.dims.dropLast() + [units]), params: params))
        case let .lstm(args):
            return Self.recurrent(args, gates: 4, biasVectors: args.useBias ? 1 : 0, on: input, name: name, style: style)
        case let .gru(args):
            return Self.recurrent(args, gates: 3, biasVectors: args.useBias ? (args.resetAfter ? 2 : 1) : 0, on: input, name: name, style: style)
        case let .simpleRNN(args):
            return Self.recurrent(args, gates: 1, biasVectors: args.useBias ? 1 : 0, on: input, name: name, style: style)
        }
    }

    /// Keras's InputSpec check for layers that need `(None, steps, channels)`.
    static func rankError(_ input: LayerShape, name: String) -> LayerError? {
        input.rank == 3 ? nil : LayerError("Input 0 of layer \"\(name)\" is incompatible with the layer: expected ndim=3, found ndim=\(input.rank). Full shape received: \(input)")
    }

    /// The error for a size or count that does not fit in a 64-bit integer.
    static func tooLarge(_ what: String) -> LayerError {
        LayerError("\(what) is too large (more than \(Int.max)).")
    }

    static func unitsError(_ units: Int) -> LayerError {
        LayerError("Received an invalid value for `units`, expected a positive integer. Received: units=\(units)")
    }

    /// Conv1D checks and lengths come from `Conv1DSpec.validate()`, so they match the explorer's.
    static func conv(_ args: ConvArguments, on input: LayerShape, name: String, style: FormulaStyle) -> Result<LayerOutcome, LayerError> {
        if let e = rankError(input, name: name) { return .failure(e) }
        guard let channels = input.last else {
            return .failure(LayerError("The channel dimension of the inputs should be defined. The input_shape received is \(input), where axis -1 (0-based) is the channel dimension, which found to be `None`."))
        }
        // An unknown length cannot be checked against the span; any length that fits stands in for it.
        guard let span = Checked.span(kernelSize: args.kernelSize, dilation: args.dilationRate) else {
            return .failure(Self.tooLarge("The window span dilation_rate·(kernel_size − 1) + 1 = \(args.dilationRate)·(\(args.kernelSize) − 1) + 1"))
        }
        let length = input.steps ?? span
        let spec = args.spec(length: length, channels: channels)
        if case .success = spec.validate(), ParamFormula.conv1D(spec, style: style) == nil {
            return .failure(Self.tooLarge("The parameter count k·(C/G)·F = \(args.kernelSize)·\(spec.channelsPerGroup)·\(args.filters)"))
        }
        return spec.validate().map { plan in
            let formula = input.steps.map { LengthFormula(padding: args.padding, length: $0, span: spec.span, strides: args.strides) }
            return LayerOutcome(shape: LayerShape([input.steps == nil ? nil : plan.outputLength, args.filters]),
                                params: ParamFormula.conv1D(spec, style: style), lengthFormula: formula,
                                effect: .window(size: spec.span, strides: args.strides))
        }
    }

    /// Pools: 'causal' is refused, and a 'valid' length of 0 or less raises, as Keras 3.15 does when it builds the model.
    static func pool(_ args: PoolArguments, kind: PoolKind, on input: LayerShape, name: String) -> Result<LayerOutcome, LayerError> {
        if let e = rankError(input, name: name) { return .failure(e) }
        if let torch = args.torch {
            // A dilated max pool reads cells d apart: its receptive field spans d(k − 1) + 1 of them.
            let span = torch.dilation * (args.poolSize - 1) + 1
            // PyTorch checks the pool on the real length only, so an unknown length passes here.
            guard let steps = input.steps else {
                return .success(LayerOutcome(shape: LayerShape([nil, input.last]), effect: .window(size: span, strides: args.effectiveStrides)))
            }
            return torch.module(kind: kind, length: steps, channels: input.last ?? 1, kernelSize: args.poolSize, stride: args.effectiveStrides).map { w in
                LayerOutcome(shape: LayerShape([w.outputLength, input.last]), effect: .window(size: span, strides: args.effectiveStrides))
            }
        }
        for (field, value) in [("pool_size", args.poolSize), ("strides", args.effectiveStrides)] where value <= 0 {
            return .failure(LayerError("The `\(field)` argument must be a tuple of 1 integers. Received \(field)=(\(value),), including values {\(value)} that do not satisfy `value > 0`"))
        }
        guard args.padding != .causal else {
            return .failure(LayerError("The `padding` argument must be a list/tuple or one of {'valid', 'same'}. Received: causal"))
        }
        if let steps = input.steps, Checked.sum(steps, args.poolSize, args.effectiveStrides) == nil {
            return .failure(Self.tooLarge("The padded length of \(steps) steps with pool_size=\(args.poolSize)"))
        }
        let formula = input.steps.map { LengthFormula(padding: args.padding, length: $0, span: args.poolSize, strides: args.effectiveStrides) }
        // Keras 3.15 refuses an empty 'valid' pool as it builds the model, as it does a conv.
        if let f = formula, f.result <= 0, args.padding == .valid {
            return .failure(LayerError("Computed output size would be zero or negative. Received: `inputs.shape=\(input.numpyText)`, `pool_size=[\(args.poolSize)]`, `strides=(\(args.effectiveStrides),)`, `padding=valid`."))
        }
        return .success(LayerOutcome(shape: LayerShape([formula?.result, input.last]), lengthFormula: formula,
                                     effect: .window(size: args.poolSize, strides: args.effectiveStrides)))
    }

    static func recurrent(_ args: RecurrentArguments, gates: Int, biasVectors: Int, on input: LayerShape, name: String, style: FormulaStyle) -> Result<LayerOutcome, LayerError> {
        guard args.units > 0 else { return .failure(unitsError(args.units)) }
        if let e = rankError(input, name: name) { return .failure(e) }
        guard let n = input.last else {
            return .failure(LayerError("The last dimension of the inputs to \"\(name)\" should be defined. Found None. Full input shape received: \(input)"))
        }
        let shape = args.returnSequences ? LayerShape([input.steps, args.units]) : LayerShape([args.units])
        guard let params = ParamFormula.recurrent(gates: gates, inputs: n, units: args.units, biasVectors: biasVectors, style: style) else {
            return .failure(Self.tooLarge("The parameter count of \(gates) gate(s) on n = \(n) inputs and u = \(args.units) units"))
        }
        return .success(LayerOutcome(shape: shape, params: params,
                                     effect: .whole))
    }
}
