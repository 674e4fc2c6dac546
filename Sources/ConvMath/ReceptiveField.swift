/// How many model-input steps one output of a layer depends on, accumulated down a stack.
///
/// Each window of `k` cells at a layer whose outputs are `jump` input steps apart
/// adds `(k − 1)·jump` steps; its stride multiplies the jump. The raw count ignores
/// padding, so it can exceed the input length near 'same' or 'causal' edges; a
/// summary shows `clamped(to:)` the input length, so a field never exceeds it.
/// Layers that mix the whole sequence (RNNs, Flatten, global pools) give `whole`
/// (size nil, shown as `all`) once they see every input step, as does every layer
/// after them. The arithmetic saturates at `Int.max` instead of trapping.
public struct ReceptiveField: Hashable, Sendable {
    /// Input steps one output sees; nil once a layer has mixed the whole sequence (an RNN, Flatten).
    public var size: Int?
    /// Input steps between neighbouring outputs: the product of the strides so far.
    public var jump: Int

    public init(size: Int?, jump: Int) {
        self.size = size
        self.jump = jump
    }

    /// One step sees itself.
    public static let input = ReceptiveField(size: 1, jump: 1)

    /// After a layer that sees every step at once.
    public static let whole = ReceptiveField(size: nil, jump: 1)

    /// The field after a window of `window` cells (`d·(k−1) + 1` for a dilated kernel) sliding by `strides`.
    public func through(window: Int, strides: Int) -> ReceptiveField {
        guard let size else { return self }
        let grown = Checked.saturatingSum(size, Checked.saturatingProduct(max(window - 1, 0), jump))
        return ReceptiveField(size: grown, jump: Checked.saturatingProduct(jump, strides))
    }

    /// The field with its size capped at `length` input steps (unchanged for an unknown length).
    public func clamped(to length: Int?) -> ReceptiveField {
        guard let size, let length else { return self }
        return ReceptiveField(size: min(size, length), jump: jump)
    }
}
