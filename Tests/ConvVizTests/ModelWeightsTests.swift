import Testing
@testable import ConvMath
@testable import ConvViz

/// Weights a model gives for its layers: used where they fit, Keras's error where they do not, and
/// the error names the weights, not the layer, when a key reshapes the layer they were made for.
@Suite struct ModelWeightsTests {
    /// Weights in a model file that do not fit their layer are Keras's error, naming both sizes, never replaced by seeded ones.
    @Test func weightsOfTheWrongShapeAreAnErrorNotReplaced() throws {
        let conv = ModelLayer.conv1D(ConvArguments(filters: 1, kernelSize: 2))
        let cases: [(LayerWeights, String)] = [
            (LayerWeights(kernel: [1]), "the given kernel has 1 value, but the layer needs 2 × 1 × 1 = 2"),
            (LayerWeights(kernel: [1, 2], bias: [1, 2, 3]), "the given bias has 3 values, but the layer needs 1"),
        ]
        for (weights, message) in cases {
            let model = ExplorerModel(name: "w", stack: ModelStack(entries: [.init(conv, weights: weights)]), length: 10, channels: 1)
            let s = AppState(model: model)
            guard case .failure(let e)? = s.stage else { Issue.record("built with \(weights)"); continue }
            #expect(e.error.message == message)
        }
        let fits = ExplorerModel(name: "w", stack: ModelStack(entries: [.init(conv, weights: LayerWeights(kernel: [1, 2], bias: [0.5]))]), length: 10, channels: 1)
        let s = AppState(model: fits)
        guard case .success? = s.stage else { Issue.record("weights that fit were refused"); return }
        #expect(Screen().render(s, width: 100, height: 30).text.contains("bias b[0] = 0.5"))
    }

    /// A key that reshapes a layer whose weights the file gives says that the weights no longer
    /// fit (not that the layer cannot be built), and going back uses them again.
    @Test func aReshapedLayerSaysItsGivenWeightsNoLongerFit() throws {
        let conv = ModelLayer.conv1D(ConvArguments(filters: 1, kernelSize: 2))
        var s = AppState(model: ExplorerModel(name: "w", stack: ModelStack(entries: [.init(conv, weights: LayerWeights(kernel: [1, 2], bias: [0.5]))]),
                                              length: 10, channels: 1))
        s.press(.char("K"))
        guard case .failure(let e)? = s.stage else { Issue.record("kernel_size 3 built with 2 weights"); return }
        #expect(e.error.refusesGivenWeights && e.error.message == "the given kernel has 2 values, but the layer needs 3 × 1 × 1 = 3")
        let text = Screen().render(s, width: 100, height: 30).text
        #expect(text.contains("conv1d (Conv1D): the weights given for it have another shape") && !text.contains("cannot be built"), "\(text)")
        #expect(text.contains("Keras raises ValueError") && text.contains("The model comes with these weights: they are used when the layer has the shape"), "\(text)")
        s.press(.char("k"))
        guard case .success? = s.stage else { Issue.record("kernel_size 2 refused its own weights"); return }
        #expect(Screen().render(s, width: 100, height: 30).text.contains("bias b[0] = 0.5"))
    }
}
