import Testing
@testable import ConvMath

/// The blocked forward pass against the plain reference loop on random layers: every padding
/// (Keras's three, PyTorch's integer padding in all four modes), stride, dilation, group count,
/// filter count (tiles of 32, 48 and 64, a remainder), channel count (passes split by tap and by
/// channel), and one or two threads.
@Suite struct FastForwardPropertyTests {
    /// A random layer big enough to have an interior, with dyadic values when `exact`, else arbitrary floats.
    static func layer(_ rng: inout SeededRandom, exact: Bool) -> Conv1DLayer? {
        let groups = [1, 1, 1, 2, 3].randomElement(using: &rng)!
        let strides = Int.random(in: 1...3, using: &rng)
        let cg = [1, 3, 8, 50, 130, 300].randomElement(using: &rng)!
        let fg = [1, 5, 16, 31, 33, 47, 64, 65, 100, 130].randomElement(using: &rng)!
        let k = Int.random(in: 1...(cg > 100 ? 3 : 7), using: &rng)
        let length = Int.random(in: 1...(cg > 100 ? 40 : 90), using: &rng)
        func value() -> Float { exact ? rng.gridValue() : Float.random(in: -1...1, using: &rng) }
        let x = Matrix(rows: length, columns: groups * cg, values: (0..<length * groups * cg).map { _ in value() })
        let kernel = (0..<k * cg * groups * fg).map { _ in value() / 2 }
        let bias = (0..<groups * fg).map { _ in value() / 4 }
        let activation = Activation.allCases.randomElement(using: &rng)!, useBias = Bool.random(using: &rng)
        let dilation = strides > 1 ? 1 : Int.random(in: 1...3, using: &rng)
        if Bool.random(using: &rng) {
            let spec = Conv1DSpec(length: length, channels: groups * cg, filters: groups * fg, kernelSize: k, strides: strides,
                                  padding: Padding.allCases.randomElement(using: &rng)!, dilationRate: dilation, groups: groups,
                                  activation: activation, useBias: useBias)
            return try? Conv1DLayer.make(spec: spec, input: x, kernel: kernel, bias: bias).get()
        }
        let conv = TorchConv1D(length: length, inChannels: groups * cg, outChannels: groups * fg, kernelSize: k, stride: strides,
                               padding: .explicit(Int.random(in: 0...3, using: &rng)), dilation: dilation, groups: groups,
                               useBias: useBias, paddingMode: TorchPaddingMode.allCases.randomElement(using: &rng)!)
        // PyTorch's weight is (F, C/G, k); the layer reads it in that layout, with the activation applied after.
        return try? conv.layer(kerasInput: x, kernel: kernel, bias: bias, activation: activation).get()
    }

    @Test(arguments: [true, false])
    func theFastPathEqualsThePlainLoop(exact: Bool) {
        var rng = SeededRandom(seed: exact ? 12 : 13)
        var checked = 0, interiors = 0, widthsSeen = Set<Int>()
        while checked < 250 {
            guard let layer = Self.layer(&rng, exact: exact), layer.outputLength > 0 else { continue }
            checked += 1
            if !layer.interior.isEmpty { interiors += 1; widthsSeen.insert(layer.spec.filtersPerGroup) }
            let reference = layer.forwardReference()
            for threads in [1, 2] {
                let fast = layer.forward(threads: threads)
                guard fast.rows == reference.rows, fast.columns == reference.columns else {
                    Issue.record("\(layer.spec): shape \(fast.rows)x\(fast.columns) vs \(reference.rows)x\(reference.columns)")
                    return
                }
                for (i, (a, b)) in zip(fast.values, reference.values).enumerated() {
                    // Dyadic sums are exact either way; otherwise the fused multiply-adds round less often.
                    let same = exact ? a.bitPattern == b.bitPattern : abs(a - b) <= 1e-6 * max(abs(b), 1) * Float(layer.spec.kernelSize * layer.spec.channelsPerGroup)
                    if !same {
                        Issue.record("\(layer.spec) \(threads) thread(s), value \(i) (output \(i / layer.spec.filters), filter \(i % layer.spec.filters)): fast \(a), reference \(b)")
                        return
                    }
                }
            }
        }
        #expect(interiors > 150, "most layers have outputs the kernel computes: \(interiors)")
        #expect(widthsSeen.count >= 8, "filter counts: \(widthsSeen.sorted())")
    }

    /// A long input goes through the narrow kernel in slices, each transposed on its own, on one thread and two.
    @Test func aLongInputIsComputedInSlices() throws {
        var rng = SeededRandom(seed: 15)
        let spec = Conv1DSpec(length: 40_000, channels: 3, filters: 5, kernelSize: 3, padding: .same, dilationRate: 2, activation: .relu)
        let x = Matrix(rows: spec.length, columns: 3, values: (0..<spec.length * 3).map { _ in rng.gridValue() })
        let kernel = (0..<3 * 3 * 5).map { _ in rng.gridValue() }, bias = (0..<5).map { _ in rng.gridValue() }
        let layer = try Conv1DLayer.make(spec: spec, input: x, kernel: kernel, bias: bias).get()
        let tiles = layer.kernelTiles().tiles
        let allNarrow = tiles.allSatisfy { $0.narrow }
        #expect(allNarrow, "five filters at stride 1 go to the narrow kernel")
        let reference = layer.forwardReference()
        for threads in [1, 2] {
            let fast = layer.forward(threads: threads)
            let same = zip(fast.values, reference.values).allSatisfy { $0.bitPattern == $1.bitPattern }
            #expect(same, "\(threads) thread(s)")
        }
    }

    /// The plain loop is the trace's own order, so it equals the trace bit for bit on any values.
    @Test func theReferenceIsTheTrace() {
        var rng = SeededRandom(seed: 14)
        var checked = 0
        while checked < 60 {
            guard let layer = Self.layer(&rng, exact: false), layer.outputLength > 0, layer.outputLength * layer.spec.filters < 4000 else { continue }
            checked += 1
            let reference = layer.forwardReference()
            for j in 0..<layer.outputLength {
                for f in 0..<layer.spec.filters {
                    let step = Step(layer: layer, index: 0, position: j, filter: f)
                    if step.value.bitPattern != reference[j, f].bitPattern && !(step.value.isNaN && reference[j, f].isNaN) {
                        Issue.record("\(layer.spec) j=\(j) f=\(f): trace \(step.value), reference \(reference[j, f])")
                        return
                    }
                }
            }
        }
    }
}
