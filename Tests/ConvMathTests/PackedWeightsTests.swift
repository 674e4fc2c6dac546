import Testing
@testable import ConvMath

/// A layer packs its weights for the fast kernels once and keeps them: every later pass, and every
/// other layer of the same shape, computes with its own weights.
@Suite struct PackedWeightsTests {
    @Test func eachLayerKeepsItsOwnPackedWeights() throws {
        var rng = SeededRandom(seed: 31)
        let spec = Conv1DSpec(length: 50, channels: 30, filters: 100, kernelSize: 4, padding: .valid)
        let x = Matrix(rows: 50, columns: 30, values: (0..<1500).map { _ in rng.gridValue() })
        let layers = try (0..<2).map { _ in
            try Conv1DLayer.make(spec: spec, input: x, kernel: (0..<12_000).map { _ in rng.gridValue() }, bias: nil).get()
        }
        for layer in layers + layers {
            #expect(layer.forward(threads: 1).values.map(\.bitPattern) == layer.forwardReference().values.map(\.bitPattern))
        }
        #expect(layers[0].forward(threads: 1).values != layers[1].forward(threads: 1).values)
    }
}
