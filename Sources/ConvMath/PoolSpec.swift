/// A Keras `MaxPooling1D` or `AveragePooling1D` layer together with its input shape.
///
/// `strides` nil means `pool_size`, as in Keras. Lengths follow `PaddingPlan.keras`
/// with `span = pool_size`, so 'same' puts the odd pad cell on the right. Pad cells
/// are ignored: the max is over real cells, and the average divides by their count.
///
///     let spec = PoolSpec(kind: .average, length: 5, channels: 1, poolSize: 2, padding: .same)
///     spec.apply(to: x)   // [1, 2, 3, 4, 5] → [1.5, 3.5, 5.0]
public struct PoolSpec: Hashable, Sendable {
    public var kind: PoolKind
    public var length: Int
    public var channels: Int
    public var poolSize: Int
    public var strides: Int?
    public var padding: Padding
    public var dataFormat: DataFormat

    public init(kind: PoolKind, length: Int, channels: Int, poolSize: Int, strides: Int? = nil,
                padding: Padding = .valid, dataFormat: DataFormat = .channelsLast) {
        self.kind = kind
        self.length = length
        self.channels = channels
        self.poolSize = poolSize
        self.strides = strides
        self.padding = padding
        self.dataFormat = dataFormat
    }

    /// The stride in use: `pool_size` when none was given.
    public var effectiveStrides: Int { strides ?? poolSize }

    /// Pools have no weights.
    public var paramCount: Int { 0 }

    /// The input shape as Keras's pooling errors print it: a numpy array, `[None 2 2]`.
    public var inputShapeText: String {
        dataFormat == .channelsLast ? "[None \(length) \(channels)]" : "[None \(channels) \(length)]"
    }

    /// Checks the layer as Keras would and returns its padding and output length.
    public func validate() -> Result<PaddingPlan, LayerError> {
        if poolSize <= 0 {
            return .failure(LayerError("The `pool_size` argument must be a tuple of 1 integers. Received pool_size=\(poolSize), including values {\(poolSize)} that do not satisfy `value > 0`"))
        }
        let s = effectiveStrides
        if s < 0 {
            return .failure(LayerError("The `strides` argument must be a tuple of 1 integers. Received strides=\(s), including values {\(s)} that do not satisfy `value >= 0`"))
        }
        // Keras accepts strides=0 in the constructor and divides by it at call time.
        if s == 0 {
            return .failure(LayerError(type: "ZeroDivisionError", callPrefix + "division by zero"))
        }
        if padding == .causal {
            return .failure(LayerError(callPrefix + "Argument `padding` must be either 'valid' or 'same'. Received: padding=causal"))
        }
        let plan = PaddingPlan.keras(length: length, span: poolSize, strides: s, padding: padding)
        if plan.outputLength <= 0 && padding == .valid {
            return .failure(LayerError(callPrefix + "Computed output size would be zero or negative. Received: `inputs.shape=\(inputShapeText)`, `pool_size=[\(poolSize)]`, `strides=(\(s),)`, `padding=valid`."))
        }
        return .success(plan)
    }

    /// The window of a valid spec.
    public func window(plan: PaddingPlan) -> PoolWindow {
        PoolWindow(length: length, size: poolSize, strides: effectiveStrides, padLeft: plan.left, outputLength: plan.outputLength)
    }

    /// Pools `[length][channels]` into `[output_length][channels]`, or returns Keras's error.
    public func apply(to input: Matrix) -> Result<Matrix, LayerError> {
        validate().map { plan in
            let w = window(plan: plan)
            return w.reduce(input, kind: kind) { w.realCount(output: $0) }
        }
    }

    // Errors raised inside `call()` carry this prefix once Keras's ANSI codes and argument list are stripped.
    private var callPrefix: String { "Exception encountered when calling \(kind.kerasClassName).call(). " }
}
