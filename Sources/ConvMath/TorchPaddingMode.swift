/// What PyTorch's `padding_mode` puts in the pad cells of a conv.
///
/// On [1, 2, 3, 4, 5] with 2 cells each side: zeros → 0 0 1…5 0 0,
/// reflect → 3 2 1…5 4 3, replicate → 1 1 1…5 5 5, circular → 4 5 1…5 1 2.
public enum TorchPaddingMode: String, CaseIterable, Sendable, Hashable {
    case zeros, reflect, replicate, circular

    /// The input position pad cell `i` (−left ≤ i < L+right) copies, or nil for a zero.
    public func source(of i: Int, length: Int) -> Int? {
        if i >= 0 && i < length { return i }
        switch self {
        case .zeros: return nil
        case .reflect: return i < 0 ? -i : 2 * (length - 1) - i
        case .replicate: return min(max(i, 0), length - 1)
        case .circular: return ((i % length) + length) % length
        }
    }

    /// The error `F.pad` raises for these pads on a `[channels][length]` input, if any.
    public func check(left: Int, right: Int, channels: Int, length: Int) -> LayerError? {
        switch self {
        case .zeros:
            return nil
        case .reflect:
            if left < length && right < length { return nil }
            return LayerError(type: "RuntimeError", "Argument #4: Padding size should be less than the corresponding input dimension, but got: padding (\(left), \(right)) at dimension 1 of input [\(channels), \(length)]")
        case .replicate:
            if length > 0 { return nil }
            return LayerError(type: "RuntimeError", "Expected 2D or 3D (batch mode) tensor with possibly 0 batch size and other non-zero dimensions for input, but got: [\(channels), \(length)]")
        case .circular:
            if left <= length && right <= length && length > 0 { return nil }
            return LayerError(type: "RuntimeError", "Padding value causes wrapping around more than once.")
        }
    }
}
