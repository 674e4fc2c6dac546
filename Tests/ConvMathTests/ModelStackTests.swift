import Testing
@testable import ConvMath

@Suite struct ModelStackTests {
    /// The outcome of one layer on `dims` (the batch axis left out).
    func outcome(_ layer: ModelLayer, _ dims: [Int?]) -> Result<LayerOutcome, LayerError> {
        layer.outcome(on: LayerShape(dims), name: layer.namePrefix)
    }

    @Test func recurrentParamsMatchKeras() throws {
        // Hand-computed Keras 3 values for 32 units on 32 features.
        #expect(try outcome(.lstm(RecurrentArguments(units: 32)), [10, 32]).get().paramCount == 8320)
        #expect(try outcome(.gru(RecurrentArguments(units: 32)), [10, 32]).get().paramCount == 6336)
        #expect(try outcome(.gru(RecurrentArguments(units: 32, resetAfter: false)), [10, 32]).get().paramCount == 3 * (1024 + 1024 + 32))
        #expect(try outcome(.simpleRNN(RecurrentArguments(units: 32)), [10, 32]).get().paramCount == 2080)
        #expect(try outcome(.lstm(RecurrentArguments(units: 64)), [10, 128]).get().paramCount == 4 * (128 * 64 + 64 * 64 + 64))
    }

    @Test func recurrentShapes() throws {
        #expect(try outcome(.lstm(RecurrentArguments(units: 32)), [161, 32]).get().shape.description == "(None, 32)")
        #expect(try outcome(.gru(RecurrentArguments(units: 8, returnSequences: true)), [50, 4]).get().shape.description == "(None, 50, 8)")
    }

    @Test func denseAndEmbeddingParams() throws {
        let dense = try outcome(.dense(units: 1, useBias: true), [32]).get()
        #expect(dense.paramCount == 33 && dense.shape.description == "(None, 1)")
        #expect(try outcome(.dense(units: 10, useBias: false), [32]).get().paramCount == 320)
        // Dense on a sequence acts on the last axis and keeps the steps.
        #expect(try outcome(.dense(units: 16, useBias: true), [50, 8]).get().shape.description == "(None, 50, 16)")
        let embedding = try outcome(.embedding(inputDim: 10000, outputDim: 128, inputLength: 500), [500]).get()
        #expect(embedding.paramCount == 1_280_000 && embedding.shape.description == "(None, 500, 128)")
    }

    @Test func paramFormulasShowTheirNumbers() throws {
        let conv = try outcome(.conv1D(ConvArguments(filters: 32, kernelSize: 7)), [500, 128]).get()
        #expect(conv.params?.text == "k·(C/G)·F + F = 7·128·32 + 32 = 28704")
        let gru = try outcome(.gru(RecurrentArguments(units: 32)), [10, 32]).get()
        #expect(gru.params?.text == "3·(n·u + u·u + 2u) = 3·(32·32 + 32·32 + 2·32) = 6336")
    }

    @Test func wrongRankIsKerasInputSpecError() {
        let error = outcome(.lstm(RecurrentArguments(units: 4)), [32]).failureValue
        #expect(error?.message == "Input 0 of layer \"lstm\" is incompatible with the layer: expected ndim=3, found ndim=2. Full shape received: (None, 32)")
        #expect(outcome(.conv1D(ConvArguments(filters: 1, kernelSize: 3)), [32])
            .failureValue?.message.contains("expected ndim=3, found ndim=2") == true)
        #expect(outcome(.dense(units: 1, useBias: true), []).failureValue?.message.contains("expected min_ndim=2") == true)
    }

    @Test func negativeLengthsAreKerasErrors() {
        let conv = outcome(.conv1D(ConvArguments(filters: 1, kernelSize: 4, strides: 2)), [3, 1]).failureValue
        #expect(conv?.message.hasPrefix("Computed output size would be zero or negative") == true)
        let pool = outcome(.maxPooling1D(PoolArguments(poolSize: 5, strides: 1)), [3, 2]).failureValue
        #expect(pool?.message == "Computed output size would be zero or negative. Received: `inputs.shape=[None 3 2]`, `pool_size=[5]`, `strides=(1,)`, `padding=valid`.")
        // Length 0 is refused too (Keras 3.15.1: `MaxPooling1D(5, strides=2)` on (None, 4, 2) raises as the model builds).
        #expect(outcome(.maxPooling1D(PoolArguments(poolSize: 5, strides: 2)), [4, 2]).failureValue?.message.hasPrefix("Computed output size would be zero or negative") == true)
        #expect(outcome(.averagePooling1D(PoolArguments(poolSize: 4, strides: 1)), [3, 2]).failureValue?.message.contains("`pool_size=[4]`, `strides=(1,)`") == true)
        #expect(try! outcome(.maxPooling1D(PoolArguments(poolSize: 5, strides: 2, padding: .same)), [4, 2]).get().shape.description == "(None, 2, 2)")
        #expect(outcome(.averagePooling1D(PoolArguments(poolSize: 2, padding: .causal)), [4, 2]).failureValue != nil)
    }

    @Test func poolLengthsAndDefaults() throws {
        #expect(try outcome(.maxPooling1D(PoolArguments(poolSize: 5)), [494, 32]).get().shape.description == "(None, 98, 32)")
        #expect(try outcome(.maxPooling1D(PoolArguments(poolSize: 3)), [496, 32]).get().shape.description == "(None, 165, 32)")
        #expect(try outcome(.averagePooling1D(PoolArguments(poolSize: 2, padding: .same)), [5, 1]).get().shape.description == "(None, 3, 1)")
        #expect(try outcome(.globalAveragePooling1D(keepdims: true), [9, 4]).get().shape.description == "(None, 1, 4)")
        #expect(try outcome(.flatten, [9, 4]).get().shape.description == "(None, 36)")
    }

    @Test func lengthFormulaText() {
        #expect(LengthFormula(padding: .valid, length: 500, span: 7, strides: 1).numeric() == "⌊(500 − 7)/1⌋ + 1 = 494")
        #expect(LengthFormula(padding: .same, length: 6, span: 3, strides: 2).numeric() == "⌈6 / 2⌉ = 3")
        #expect(LengthFormula(padding: .valid, length: 3, span: 4, strides: 2).numeric(.ascii) == "floor((3 - 4)/2) + 1 = 0")
        #expect(LengthFormula(padding: .same, length: 6, span: 3, strides: 2).sameTotal() == "max((3 − 1)·2 + 3 − 6, 0) = 1")
    }

    @Test func receptiveFieldAccumulatesDownTheStack() throws {
        let stack = ModelStack([
            .input(shape: [100, 1]),
            .conv1D(ConvArguments(filters: 4, kernelSize: 3)),               // 3, jump 1
            .maxPooling1D(PoolArguments(poolSize: 2)),                      // 4, jump 2
            .conv1D(ConvArguments(filters: 4, kernelSize: 3, dilationRate: 2)), // span 5: 4 + 4·2 = 12
            .dense(units: 2, useBias: true),
        ])
        let rows = try stack.summary().get().rows
        #expect(rows.map(\.receptiveField?.size) == [3, 4, 12, nil])
        #expect(rows.map(\.receptiveField?.jump) == [1, 2, 2, nil])
        #expect(rows.map(\.name) == ["conv1d", "max_pooling1d", "conv1d_1", "dense"])
    }

    /// A dilated PyTorch max pool spans d(k − 1) + 1 cells, as a dilated Conv1D does.
    @Test func aDilatedMaxPoolSpansItsDilatedWindow() throws {
        var pool = PoolArguments(poolSize: 3, strides: 1)
        pool.torch = TorchPoolOptions(dilation: 2)
        let rows = try ModelStack([.input(shape: [100, 1]), .maxPooling1D(pool), .conv1D(ConvArguments(filters: 1, kernelSize: 2))]).summary().get().rows
        #expect(rows.map(\.receptiveField?.size) == [5, 6])
    }

    /// A receptive field never exceeds the input length; a whole-sequence layer that sees every step is `all` (nil).
    @Test func receptiveFieldNeverExceedsTheInput() throws {
        let causal = ModelLayer.conv1D(ConvArguments(filters: 4, kernelSize: 5, padding: .causal, dilationRate: 4))
        let rows = try ModelStack([
            .input(shape: [100, 1]), causal, .maxPooling1D(PoolArguments(poolSize: 2)), .maxPooling1D(PoolArguments(poolSize: 2)),
            .gru(RecurrentArguments(units: 4, returnSequences: true)), .simpleRNN(RecurrentArguments(units: 3)),
        ]).summary().get().rows
        #expect(rows.map(\.receptiveField?.size) == [17, 18, 20, nil, nil])
        // A model of token ids has a one-axis input: its length still caps the field (the sentiment model's 6 of 5).
        let tokens = try ModelStack([.input(shape: [5]), .embedding(inputDim: 10, outputDim: 3, inputLength: nil),
                                     .conv1D(ConvArguments(filters: 2, kernelSize: 2, padding: .causal)), .globalMaxPooling1D(keepdims: false)])
            .summary().get().rows
        #expect(tokens.map(\.receptiveField) == [nil, ReceptiveField(size: 2, jump: 1), .whole])
        let flat = try ModelStack([.input(shape: [100, 1]), causal, .maxPooling1D(PoolArguments(poolSize: 2)), .flatten, .dense(units: 1, useBias: true)])
            .summary().get().rows
        #expect(flat[2].receptiveField == .whole)
        // A 'same' window wider than the input is clamped to it.
        let wide = try ModelStack([.input(shape: [10, 1]), .conv1D(ConvArguments(filters: 1, kernelSize: 31, padding: .same)),
                                   .globalMaxPooling1D(keepdims: false)]).summary().get().rows
        #expect(wide.map(\.receptiveField?.size) == [10, nil])
        // A valid conv that drops the last step leaves a whole-sequence layer seeing less than all of it.
        let dropped = try ModelStack([.input(shape: [101, 1]), .conv1D(ConvArguments(filters: 1, kernelSize: 2, strides: 2)), .flatten])
            .summary().get().rows
        #expect(dropped.map(\.receptiveField?.size) == [2, 100])
        for row in rows + flat + wide + dropped { #expect((row.receptiveField?.size ?? 0) <= 101) }
    }

    @Test func stackErrorsNameTheLayer() {
        let stack = ModelStack([.embedding(inputDim: 100, outputDim: 8, inputLength: 5), .conv1D(ConvArguments(filters: 2, kernelSize: 7))])
        let error = stack.summary().failureValue
        #expect(error?.index == 1 && error?.name == "conv1d" && error?.className == "Conv1D")
        #expect(error?.description.hasPrefix("layer 2 conv1d (Conv1D): ValueError: Computed output size") == true)
        #expect(ModelStack([.dense(units: 1, useBias: true)]).summary().failureValue?.error.message.contains("not yet been built") == true)
    }

    @Test func unknownLengthFlowsThroughAsNone() throws {
        let rows = try ModelStack([.embedding(inputDim: 50, outputDim: 4, inputLength: nil), .conv1D(ConvArguments(filters: 2, kernelSize: 3)),
                                   .globalMaxPooling1D(keepdims: false)]).summary().get().rows
        #expect(rows.map(\.outputShape.description) == ["(None, None, 4)", "(None, None, 2)", "(None, 2)"])
        #expect(rows[1].outcome.lengthFormula == nil && rows[1].params == 26)
    }
}

extension Result {
    var failureValue: Failure? {
        if case .failure(let e) = self { return e }
        return nil
    }
}
