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

/// Floor division that rounds toward −∞ (Swift's `/` truncates toward zero).
@inlinable public func floorDiv(_ a: Int, _ b: Int) -> Int {
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
}

/// Ceiling division for a positive divisor.
@inlinable public func ceilDiv(_ a: Int, _ b: Int) -> Int {
    -floorDiv(-a, b)
}
