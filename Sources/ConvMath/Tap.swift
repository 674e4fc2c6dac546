/// One multiply of a convolution step: an input cell (or pad cell) times a weight.
public struct Tap: Hashable, Sendable {
    /// Where a tap's input value comes from.
    public enum Source: Hashable, Sendable {
        /// A real input position.
        case input(Int)
        /// Left pad cell `i`, counted from the outermost (0 ..< padLeft).
        case leftPad(Int)
        /// Right pad cell `i`, counted from the input's end (0 ..< padRight).
        case rightPad(Int)
    }

    /// Kernel tap index `t` in `0 ..< kernel_size`.
    public var tap: Int
    /// Input position `j·s + t·d − padL`; outside `0 ..< L` for pad cells.
    public var position: Int
    public var source: Source
    /// Input channel (absolute, not within the group).
    public var channel: Int
    /// The input value; for a pad cell, what it holds (0, or the value of the cell it copies).
    public var x: Float
    /// For a pad cell that copies an input cell (PyTorch's reflect, replicate, circular), that cell's position.
    public var copies: Int? = nil
    /// The weight `W[t][c][f]`.
    public var w: Float

    /// `x · w` in float32.
    @inlinable public var product: Float { x * w }

    /// True when the tap reads a pad cell rather than the input.
    public var isPad: Bool {
        if case .input = source { return false }
        return true
    }
}
