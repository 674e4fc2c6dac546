/// What one layer of a stack makes of its input: shape, parameters, and what it does to the steps axis.
public struct LayerOutcome: Hashable, Sendable {
    /// How a layer treats the steps axis, which decides the receptive field after it.
    public enum StepsEffect: Hashable, Sendable {
        /// Each step is handled alone (Embedding, Dense, Dropout).
        case keeps
        /// A window of `size` cells sliding by `strides` (Conv1D with `size = span`, pools).
        case window(size: Int, strides: Int)
        /// Every step at once (RNNs, Flatten, global pools).
        case whole
    }

    public var shape: LayerShape
    /// nil for a layer without weights.
    public var params: ParamFormula?
    /// Conv and pool layers on a known length.
    public var lengthFormula: LengthFormula?
    public var effect: StepsEffect

    public init(shape: LayerShape, params: ParamFormula? = nil, lengthFormula: LengthFormula? = nil, effect: StepsEffect = .keeps) {
        self.shape = shape
        self.params = params
        self.lengthFormula = lengthFormula
        self.effect = effect
    }

    /// The parameter count, 0 without weights.
    public var paramCount: Int { params?.value ?? 0 }
}
