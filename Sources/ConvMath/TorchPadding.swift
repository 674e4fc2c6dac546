/// The `padding` argument of PyTorch's `nn.Conv1d`: a count for both sides, 'same' or 'valid'.
public enum TorchPadding: Hashable, Sendable {
    /// `p` cells on each side.
    case explicit(Int)
    /// Output length L (stride 1 only); the odd cell goes on the right, as in Keras.
    case same
    /// No padding: the same as `.explicit(0)`.
    case valid

    /// The (left, right) pad counts for a window of `span` cells.
    public func amounts(span: Int) -> (left: Int, right: Int) {
        switch self {
        case .explicit(let p): return (p, p)
        case .valid: return (0, 0)
        case .same:
            let total = span - 1
            return (total / 2, total - total / 2)
        }
    }

    /// The argument as PyTorch code writes it: `2` or `'same'`.
    public var pythonText: String {
        switch self {
        case .explicit(let p): return "\(p)"
        case .same: return "'same'"
        case .valid: return "'valid'"
        }
    }
}
