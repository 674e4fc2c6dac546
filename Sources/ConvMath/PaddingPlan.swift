/// The padding amounts and output length of a windowed 1D operation.
public struct PaddingPlan: Sendable, Hashable {
    /// Zero (or ignored) cells before input position 0.
    public var left: Int
    /// Zero (or ignored) cells after input position L−1.
    public var right: Int
    /// Number of output positions; may be ≤ 0 for an impossible layer.
    public var outputLength: Int
    /// What the pad cells hold: zeros (Keras, and PyTorch's default) or copies of input cells
    /// (PyTorch's reflect, replicate and circular).
    public var fill: TorchPaddingMode

    public init(left: Int, right: Int, outputLength: Int, fill: TorchPaddingMode = .zeros) {
        self.left = left
        self.right = right
        self.outputLength = outputLength
        self.fill = fill
    }

    /// The input position that cell `p` (negative or ≥ `length` for a pad cell) holds, or nil for a zero.
    @inlinable public func source(of p: Int, length: Int) -> Int? {
        if p >= 0 && p < length { return p }
        return fill == .zeros ? nil : fill.source(of: p, length: length)
    }

    /// Computes Keras's plan for a window of `span` cells sliding by `strides` over `length` cells.
    ///
    /// 'valid' uses a true floor, so `⌊(L − span)/s⌋ + 1` can be 0 or negative.
    /// 'same' uses `total = max((out−1)·s + span − L, 0)` and puts `⌊total/2⌋` on the left.
    /// 'causal' pads `span − 1` on the left only.
    public static func keras(length: Int, span: Int, strides: Int, padding: Padding) -> PaddingPlan {
        switch padding {
        case .valid:
            return PaddingPlan(left: 0, right: 0, outputLength: floorDiv(length - span, strides) + 1)
        case .same:
            let out = ceilDiv(length, strides)
            let total = max((out - 1) * strides + span - length, 0)
            return PaddingPlan(left: total / 2, right: total - total / 2, outputLength: out)
        case .causal:
            return PaddingPlan(left: span - 1, right: 0, outputLength: ceilDiv(length, strides))
        }
    }
}
