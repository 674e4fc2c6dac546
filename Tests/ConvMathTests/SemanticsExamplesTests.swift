import Testing
@testable import ConvMath

/// The worked examples of shared/docs/semantics.md, measured on Keras 3.15.1 and PyTorch 2.13.
@Suite struct SemanticsExamplesTests {
    private let oneToFive = Matrix(rows: 5, columns: 1, values: [1, 2, 3, 4, 5])

    @Test(arguments: [
        (TorchPaddingMode.zeros, [Float(0), 0, 1, 2, 3, 4, 5, 0, 0]),
        (.reflect, [3, 2, 1, 2, 3, 4, 5, 4, 3]),
        (.replicate, [1, 1, 1, 2, 3, 4, 5, 5, 5]),
        (.circular, [4, 5, 1, 2, 3, 4, 5, 1, 2]),
    ])
    func torchPaddingModes(_ c: (TorchPaddingMode, [Float])) {
        #expect(c.0.check(left: 2, right: 2, channels: 1, length: 5) == nil)
        // The pad cells a layer reads hold these values: its `value(at:channel:)`, on a plan with this fill.
        let spec = Conv1DSpec(length: 5, channels: 1, filters: 1, kernelSize: 1, strides: 1, padding: .valid)
        let layer = Conv1DLayer.unchecked(spec: spec, plan: PaddingPlan(left: 2, right: 2, outputLength: 5, fill: c.0), input: oneToFive, kernel: [1], bias: [0])
        #expect((-2..<7).map { layer.value(at: $0, channel: 0) } == c.1)
    }

    @Test func reflectNeedsPadBelowLengthAndCircularAtMostLength() {
        #expect(TorchPaddingMode.reflect.check(left: 5, right: 5, channels: 1, length: 5)?.message
            == "Argument #4: Padding size should be less than the corresponding input dimension, but got: padding (5, 5) at dimension 1 of input [1, 5]")
        #expect(TorchPaddingMode.circular.check(left: 5, right: 5, channels: 1, length: 5) == nil)
        #expect(TorchPaddingMode.circular.check(left: 6, right: 6, channels: 1, length: 5)?.message == "Padding value causes wrapping around more than once.")
    }

    @Test func torchSamePutsTheExtraCellRightAndRefusesStrides() {
        let conv = TorchConv1D(length: 6, inChannels: 1, outChannels: 1, kernelSize: 4, padding: .same)
        let plan = try! conv.validate().get()
        #expect((plan.left, plan.right, plan.outputLength) == (1, 2, 6))
        var strided = conv
        strided.stride = 2
        #expect(strided.validate() == .failure(LayerError("padding='same' is not supported for strided convolutions")))
    }

    /// PyTorch 2.13 refuses an empty input even when padding leaves room for the kernel: after the size check, not before.
    @Test func torchRefusesAnEmptyInputWhateverItsPadding() {
        let padded = TorchConv1D(length: 0, inChannels: 2, outChannels: 1, kernelSize: 2, padding: .explicit(1))
        guard case .failure(let refusal) = padded.validate() else { Issue.record("an empty input was accepted"); return }
        #expect(refusal.type == "RuntimeError" && refusal.message == "Only zero batch or zero channel inputs are supported, but got input shape: [1, 2, 1, 0]")
        let unpadded = TorchConv1D(length: 0, inChannels: 2, outChannels: 1, kernelSize: 2)
        guard case .failure(let small) = unpadded.validate() else { Issue.record("an empty input was accepted"); return }
        #expect(small.message.hasPrefix("Calculated padded input size per channel: (0)"))
    }

    @Test func torchLengthCombinesStrideAndDilation() throws {
        // ⌊(L + 2p − d(k−1) − 1)/s⌋ + 1 = ⌊(20 + 2 − 6 − 1)/3⌋ + 1 = 6
        let conv = TorchConv1D(length: 20, inChannels: 1, outChannels: 1, kernelSize: 4, stride: 3, padding: .explicit(1), dilation: 2)
        #expect(try conv.validate().get().outputLength == 6)
    }

    @Test func kerasPoolsIgnorePadCells() throws {
        let negatives = Matrix(rows: 5, columns: 1, values: [-5, -4, -3, -2, -1])
        let maxSpec = PoolSpec(kind: .max, length: 5, channels: 1, poolSize: 2, strides: 2, padding: .same)
        #expect(try maxSpec.apply(to: negatives).get().values == [-4, -2, -1])
        let avgSpec = PoolSpec(kind: .average, length: 5, channels: 1, poolSize: 2, strides: 2, padding: .same)
        #expect(try avgSpec.apply(to: oneToFive).get().values == [1.5, 3.5, 5.0])
    }

    @Test func kerasPoolLengths() throws {
        #expect(try PoolSpec(kind: .max, length: 494, channels: 32, poolSize: 5).validate().get().outputLength == 98)
        #expect(try PoolSpec(kind: .max, length: 496, channels: 32, poolSize: 3).validate().get().outputLength == 165)
        let tooShort = PoolSpec(kind: .max, length: 2, channels: 2, poolSize: 3)
        #expect(tooShort.validate() == .failure(LayerError("Exception encountered when calling MaxPooling1D.call(). Computed output size would be zero or negative. Received: `inputs.shape=[None 2 2]`, `pool_size=[3]`, `strides=(3,)`, `padding=valid`.")))
    }

    @Test func globalPoolsKeepOrDropTheLengthAxis() throws {
        let x = Matrix(rows: 3, columns: 2, values: [1, -1, 5, -2, 3, -3])
        #expect(try GlobalPoolSpec(kind: .max).apply(to: x).get() == [5, -1])
        #expect(try GlobalPoolSpec(kind: .average).apply(to: x).get() == [3, -2])
        #expect(GlobalPoolSpec(kind: .max, keepdims: true).outputShape(channels: 2) == [1, 2])
        #expect(GlobalPoolSpec(kind: .max, keepdims: true, dataFormat: .channelsFirst).outputShape(channels: 2) == [2, 1])
    }

    @Test func torchMaxPoolCeilModeDropsAWindowStartingInTheRightPad() throws {
        // L=5, k=2, s=2, p=1, ceil: ⌈(5+2−2)/2⌉+1 = 4 windows, but the 4th would start at 6 ≥ L+p.
        let pool = TorchMaxPool1D(length: 5, channels: 1, kernelSize: 2, stride: 2, padding: 1, ceilMode: true)
        #expect(try pool.apply(to: oneToFive.transposed()).get().values == [1, 3, 5])
        let tooMuchPad = TorchMaxPool1D(length: 4, channels: 1, kernelSize: 3, stride: 1, padding: 2)
        #expect(tooMuchPad.validate().map(\.outputLength) == .failure(LayerError(type: "RuntimeError", "max_pool1d() padding should be at most half of kernel size, but got padding=2 and kernel_size=3")))
    }

    @Test func torchAvgPoolDivisors() throws {
        // [1..5], k=2, s=2, p=1: windows {pad,1} {2,3} {4,5}.
        let included = TorchAvgPool1D(length: 5, channels: 1, kernelSize: 2, stride: 2, padding: 1, countIncludePad: true)
        #expect(try included.apply(to: oneToFive.transposed()).get().values == [0.5, 2.5, 4.5])
        let excluded = TorchAvgPool1D(length: 5, channels: 1, kernelSize: 2, stride: 2, padding: 1, countIncludePad: false)
        #expect(try excluded.apply(to: oneToFive.transposed()).get().values == [1, 2.5, 4.5])
    }

    @Test func kerasErrorsWithEmptyOrTooShortInputs() throws {
        let causal = Conv1DSpec(length: 0, channels: 3, filters: 2, kernelSize: 3, padding: .causal)
        #expect(causal.validate() == .failure(LayerError("Exception encountered when calling Conv1D.call(). The convolution operation resulted in an empty output. This can happen if the input is too small for the given kernel size, strides, dilation rate, and padding mode. Please check the input shape and convolution parameters.")))
        // A one-cell window pads nothing: Keras's backend only refuses an empty output of a non-empty padded input.
        let one = Conv1DSpec(length: 0, channels: 2, filters: 3, kernelSize: 1, padding: .causal)
        #expect(try one.validate().get().outputLength == 0)
        var wide = one
        wide.dilationRate = 2
        #expect(try wide.validate().get().outputLength == 0, "dilation spreads taps, not a one-tap window")
        var same = causal
        same.padding = .same
        #expect(try same.validate().get().outputLength == 0)
        let valid = Conv1DSpec(length: 3, channels: 6, filters: 4, kernelSize: 4, strides: 2, groups: 2)
        #expect(valid.validate() == .failure(LayerError("Computed output size would be zero or negative. Received `inputs shape=(None, 3, 6)`, `kernel shape=(4, 6, 4)`, `dilation_rate=[1]`, `strides=(2,)`, `padding=valid`.")))
        let groups = Conv1DSpec(length: 5, channels: 4, filters: 3, kernelSize: 3, groups: 3)
        #expect(groups.validate() == .failure(LayerError("The number of input channels must be evenly divisible by the number of groups. Received groups=3, but the input has 4 channels (full input shape is (None, 5, 4)).")))
    }
}
