/// A validated Conv1D layer with its input, kernel and bias: everything needed to compute it.
///
/// The input is always held as `[length][channels]`; a channels_first tensor is
/// transposed once at the boundary (see `Conv1DLayer.make`). The kernel is Keras's
/// `[k][C/G][F]`, flattened, and the bias is `[F]` (zeros when `use_bias` is off).
public struct Conv1DLayer: Sendable {
    public let spec: Conv1DSpec
    public let plan: PaddingPlan
    /// `[length][channels]`.
    public let input: Matrix
    /// Flattened `[k][C/G][F]`: tap t, group channel c, filter f is at `(t * (C/G) + c) * F + f`.
    public let kernel: [Float]
    /// `[F]`; ignored when `spec.useBias` is false.
    public let bias: [Float]
    /// The weights in the fast kernels' layout, made by the first forward pass and kept for the next.
    let packing = PackedWeights()

    /// Builds a layer, or returns the error Keras raises for this configuration or these shapes.
    public static func make(spec: Conv1DSpec, input: Matrix, kernel: [Float], bias: [Float]?) -> Result<Conv1DLayer, LayerError> {
        let plan: PaddingPlan
        switch spec.validate() {
        case .failure(let error): return .failure(error)
        case .success(let p): plan = p
        }
        guard input.rows == spec.length, input.columns == spec.channels else {
            return .failure(LayerError("Input has shape (\(input.rows), \(input.columns)) but the layer expects (\(spec.length), \(spec.channels))."))
        }
        let expected = spec.kernelSize * spec.channelsPerGroup * spec.filters
        guard kernel.count == expected else {
            return .failure(LayerError("Kernel has \(kernel.count) values but shape (\(spec.kernelShape.map(String.init).joined(separator: ", "))) needs \(expected)."))
        }
        let b = bias ?? Array(repeating: 0, count: spec.filters)
        guard b.count == spec.filters else {
            return .failure(LayerError("Bias has \(b.count) values but the layer has \(spec.filters) filters."))
        }
        return .success(Conv1DLayer(spec: spec, plan: plan, input: input, kernel: kernel, bias: b))
    }

    /// Builds a layer on a plan made by other rules (PyTorch's), skipping Keras's checks.
    ///
    /// PyTorch allows stride and dilation together, which Keras's `validate()` refuses,
    /// yet the arithmetic is the same, so its conv reuses this layer's forward pass.
    /// The caller guarantees the shapes agree with `spec` and that `plan.outputLength ≥ 0`.
    static func unchecked(spec: Conv1DSpec, plan: PaddingPlan, input: Matrix, kernel: [Float], bias: [Float]) -> Conv1DLayer {
        Conv1DLayer(spec: spec, plan: plan, input: input, kernel: kernel, bias: bias)
    }

    private init(spec: Conv1DSpec, plan: PaddingPlan, input: Matrix, kernel: [Float], bias: [Float]) {
        self.spec = spec
        self.plan = plan
        self.input = input
        self.kernel = kernel
        self.bias = bias
    }

    /// Output positions.
    @inlinable public var outputLength: Int { plan.outputLength }

    /// The input position tap `t` of output `j` reads; negative or ≥ L means a pad cell.
    @inlinable public func inputPosition(output j: Int, tap t: Int) -> Int {
        j * spec.strides + t * spec.dilationRate - plan.left
    }

    /// The value at cell `p` of channel `c`: the input, or what a pad cell holds (0, or the input cell it copies).
    ///
    /// The one place that decides what a pad cell holds: taps, the forward pass and the views all ask here.
    @inlinable public func value(at p: Int, channel c: Int) -> Float {
        plan.source(of: p, length: spec.length).map { input[$0, c] } ?? 0
    }

    /// The output at position `j` of filter `f`: the same products, added in the same order
    /// as `Step.sum` (tap-major, then channel), without building a `Tap` for each.
    ///
    /// The output panel reads every visible cell through this each frame, so it is the
    /// plain loop; a property test holds it bit-identical to the step's own value.
    public func output(position j: Int, filter f: Int) -> Float {
        let cg = spec.channelsPerGroup, c0 = firstChannel(filter: f), filters = spec.filters
        let length = spec.length, channels = spec.channels
        var acc: Float = 0
        input.values.withUnsafeBufferPointer { x in
            kernel.withUnsafeBufferPointer { w in
                for t in 0..<spec.kernelSize {
                    let p = inputPosition(output: j, tap: t)
                    let row = plan.source(of: p, length: length).map { $0 * channels + c0 }
                    var k = t * cg * filters + f
                    // The row is looked up once per tap, not per channel: a tap of a wide layer reads thousands.
                    if let row {
                        for c in 0..<cg {
                            acc += x[row + c] * w[k]
                            k += filters
                        }
                    } else {
                        for _ in 0..<cg {
                            // A zero pad still multiplies, as a tap does, so the sum is the same bit for bit.
                            acc += 0 * w[k]
                            k += filters
                        }
                    }
                }
            }
        }
        return spec.activation.apply(spec.useBias ? acc + biasValue(filter: f) : acc)
    }

    /// The weight of tap `t`, group channel `c`, filter `f`.
    @inlinable public func weight(tap t: Int, groupChannel c: Int, filter f: Int) -> Float {
        kernel[(t * spec.channelsPerGroup + c) * spec.filters + f]
    }

    /// The first input channel that filter `f`'s group reads.
    @inlinable public func firstChannel(filter f: Int) -> Int {
        (f / spec.filtersPerGroup) * spec.channelsPerGroup
    }

    /// The bias that filter `f` adds: 0 when `use_bias` is off.
    @inlinable public func biasValue(filter f: Int) -> Float {
        spec.useBias ? bias[f] : 0
    }
}
