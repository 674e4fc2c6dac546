/// A Keras padding mode for Conv1D and the 1D pools.
///
/// - `valid`: no padding; the tail that no window reaches is dropped.
/// - `same`: output length ⌈L/s⌉; the total pad is split with the extra cell on the **right**.
/// - `causal`: `d·(k−1)` zeros on the left only, so output `j` never reads inputs after `j·s`.
public enum Padding: String, CaseIterable, Sendable, Hashable {
    case valid, same, causal

    /// The next mode in the explorer's cycle: valid → same → causal → valid.
    public var next: Padding {
        switch self {
        case .valid: return .same
        case .same: return .causal
        case .causal: return .valid
        }
    }
}

/// The padding amounts and output length of a windowed 1D operation.
public struct PaddingPlan: Sendable, Hashable {
    /// Zero (or ignored) cells before input position 0.
    public var left: Int
    /// Zero (or ignored) cells after input position L−1.
    public var right: Int
    /// Number of output positions; may be ≤ 0 for an impossible layer.
    public var outputLength: Int

    public init(left: Int, right: Int, outputLength: Int) {
        self.left = left
        self.right = right
        self.outputLength = outputLength
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

/// Floor division that rounds toward −∞ (Swift's `/` truncates toward zero).
@inlinable public func floorDiv(_ a: Int, _ b: Int) -> Int {
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
}

/// Ceiling division for a positive divisor.
@inlinable public func ceilDiv(_ a: Int, _ b: Int) -> Int {
    -floorDiv(-a, b)
}
